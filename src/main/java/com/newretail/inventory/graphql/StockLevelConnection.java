package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StockLevels. */
@Type("StockLevelConnection")
@Description("A page of stock levels.")
public record StockLevelConnection(
        @NonNull @Description("The stock levels on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more stock levels follow.") PageInfo pageInfo) {

    /** Relay edge of a stock level. */
    @Type("StockLevelEdge")
    @Description("A stock level in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The stock level.") StockLevel node,
            @NonNull @Description("Pass as `after` to continue after this stock level.") String cursor) {
    }
}
