package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StocktakeLines. */
@Type("StocktakeLineConnection")
@Description("A page of stocktake lines.")
public record StocktakeLineConnection(
        @NonNull @Description("The stocktake lines on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more stocktake lines follow.") PageInfo pageInfo) {

    /** Relay edge of a stocktake line. */
    @Type("StocktakeLineEdge")
    @Description("A stocktake line in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The stocktake line.") StocktakeLine node,
            @NonNull @Description("Pass as `after` to continue after this stocktake line.") String cursor) {
    }
}
