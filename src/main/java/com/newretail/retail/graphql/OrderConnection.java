package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Orders. */
@Type("OrderConnection")
@Description("A page of orders.")
public record OrderConnection(
        @NonNull @Description("The orders on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more orders follow.") PageInfo pageInfo) {

    /** Relay edge of a order. */
    @Type("OrderEdge")
    @Description("A order in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The order.") Order node,
            @NonNull @Description("Pass as `after` to continue after this order.") String cursor) {
    }
}
