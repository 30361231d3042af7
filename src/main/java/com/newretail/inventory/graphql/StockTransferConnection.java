package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StockTransfers. */
@Type("StockTransferConnection")
@Description("A page of transfers.")
public class StockTransferConnection {

    /** Relay edge of a transfer. */
    @Type("StockTransferEdge")
    @Description("A transfer in a list, with its cursor.")
    public static class Edge {
        private final StockTransfer node;
        private final String cursor;

        public Edge(StockTransfer node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The transfer.")
        public StockTransfer getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this transfer.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public StockTransferConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The transfers on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more transfers follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
