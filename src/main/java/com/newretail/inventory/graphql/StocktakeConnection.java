package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Stocktakes. */
@Type("StocktakeConnection")
@Description("A page of stocktakes.")
public class StocktakeConnection {

    /** Relay edge of a stocktake. */
    @Type("StocktakeEdge")
    @Description("A stocktake in a list, with its cursor.")
    public static class Edge {
        private final Stocktake node;
        private final String cursor;

        public Edge(Stocktake node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The stocktake.")
        public Stocktake getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this stocktake.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public StocktakeConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The stocktakes on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more stocktakes follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
