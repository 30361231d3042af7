package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Warehouses. */
@Type("WarehouseConnection")
@Description("A page of warehouses.")
public record WarehouseConnection(
        @NonNull @Description("The warehouses on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more warehouses follow.") PageInfo pageInfo) {

    /** Relay edge of a warehouse. */
    @Type("WarehouseEdge")
    @Description("A warehouse in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The warehouse.") Warehouse node,
            @NonNull @Description("Pass as `after` to continue after this warehouse.") String cursor) {
    }
}
