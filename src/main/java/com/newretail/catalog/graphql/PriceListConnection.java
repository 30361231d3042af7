package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of PriceLists. */
@Type("PriceListConnection")
@Description("A page of price lists.")
public class PriceListConnection {

    /** Relay edge of a price list. */
    @Type("PriceListEdge")
    @Description("A price list in a list, with its cursor.")
    public static class Edge {
        private final PriceList node;
        private final String cursor;

        public Edge(PriceList node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The price list.")
        public PriceList getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this price list.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public PriceListConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The price lists on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more price lists follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
