package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StockLevels. */
@Type("StockLevelConnection")
@Description("A page of stock levels.")
public class StockLevelConnection {

    /** Relay edge of a stock level. */
    @Type("StockLevelEdge")
    @Description("A stock level in a list, with its cursor.")
    public static class Edge {
        private final StockLevel node;
        private final String cursor;

        public Edge(StockLevel node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The stock level.")
        public StockLevel getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this stock level.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public StockLevelConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The stock levels on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more stock levels follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
