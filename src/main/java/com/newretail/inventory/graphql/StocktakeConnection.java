package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Stocktakes. */
@Type("StocktakeConnection")
@Description("A page of stocktakes.")
public record StocktakeConnection(
        @NonNull @Description("The stocktakes on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more stocktakes follow.") PageInfo pageInfo) {

    /** Relay edge of a stocktake. */
    @Type("StocktakeEdge")
    @Description("A stocktake in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The stocktake.") Stocktake node,
            @NonNull @Description("Pass as `after` to continue after this stocktake.") String cursor) {
    }
}
