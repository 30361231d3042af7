package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of StocktakeLines. */
@Type("StocktakeLineConnection")
@Description("A page of stocktake lines.")
public class StocktakeLineConnection {

    /** Relay edge of a stocktake line. */
    @Type("StocktakeLineEdge")
    @Description("A stocktake line in a list, with its cursor.")
    public static class Edge {
        private final StocktakeLine node;
        private final String cursor;

        public Edge(StocktakeLine node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The stocktake line.")
        public StocktakeLine getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this stocktake line.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public StocktakeLineConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The stocktake lines on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more stocktake lines follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
