package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of MarketPrices. */
@Type("MarketPriceConnection")
@Description("A page of market price observations, newest first.")
public record MarketPriceConnection(
        @NonNull @Description("The observations on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("MarketPriceEdge")
    @Description("An observation in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The observation.") MarketPrice node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
