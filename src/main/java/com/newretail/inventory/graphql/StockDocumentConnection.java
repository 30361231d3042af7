package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StockDocuments. */
@Type("StockDocumentConnection")
@Description("A page of stock documents.")
public record StockDocumentConnection(
        @NonNull @Description("The stock documents on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more stock documents follow.") PageInfo pageInfo) {

    /** Relay edge of a stock document. */
    @Type("StockDocumentEdge")
    @Description("A stock document in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The stock document.") StockDocument node,
            @NonNull @Description("Pass as `after` to continue after this stock document.") String cursor) {
    }
}
