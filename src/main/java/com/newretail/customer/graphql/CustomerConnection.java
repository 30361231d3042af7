package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Customers. */
@Type("CustomerConnection")
@Description("A page of customers.")
public record CustomerConnection(
        @NonNull @Description("The customers on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more customers follow.") PageInfo pageInfo) {

    /** Relay edge of a customer. */
    @Type("CustomerEdge")
    @Description("A customer in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The customer.") Customer node,
            @NonNull @Description("Pass as `after` to continue after this customer.") String cursor) {
    }
}
