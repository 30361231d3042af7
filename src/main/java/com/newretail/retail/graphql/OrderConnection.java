package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Orders. */
@Type("OrderConnection")
@Description("A page of orders.")
public class OrderConnection {

    /** Relay edge of a order. */
    @Type("OrderEdge")
    @Description("A order in a list, with its cursor.")
    public static class Edge {
        private final Order node;
        private final String cursor;

        public Edge(Order node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The order.")
        public Order getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this order.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public OrderConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The orders on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more orders follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
