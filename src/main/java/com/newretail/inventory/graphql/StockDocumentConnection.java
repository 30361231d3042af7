package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StockDocuments. */
@Type("StockDocumentConnection")
@Description("A page of stock documents.")
public class StockDocumentConnection {

    /** Relay edge of a stock document. */
    @Type("StockDocumentEdge")
    @Description("A stock document in a list, with its cursor.")
    public static class Edge {
        private final StockDocument node;
        private final String cursor;

        public Edge(StockDocument node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The stock document.")
        public StockDocument getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this stock document.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public StockDocumentConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The stock documents on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more stock documents follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
