package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of PriceListItems. */
@Type("PriceListItemConnection")
@Description("A page of price list items.")
public class PriceListItemConnection {

    /** Relay edge of a price list item. */
    @Type("PriceListItemEdge")
    @Description("A price list item in a list, with its cursor.")
    public static class Edge {
        private final PriceListItem node;
        private final String cursor;

        public Edge(PriceListItem node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The price list item.")
        public PriceListItem getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this price list item.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public PriceListItemConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The price list items on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more price list items follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
