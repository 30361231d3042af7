package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StockTransfers. */
@Type("StockTransferConnection")
@Description("A page of transfers.")
public record StockTransferConnection(
        @NonNull @Description("The transfers on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more transfers follow.") PageInfo pageInfo) {

    /** Relay edge of a transfer. */
    @Type("StockTransferEdge")
    @Description("A transfer in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The transfer.") StockTransfer node,
            @NonNull @Description("Pass as `after` to continue after this transfer.") String cursor) {
    }
}
