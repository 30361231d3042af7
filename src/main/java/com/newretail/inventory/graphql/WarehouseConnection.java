package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Warehouses. */
@Type("WarehouseConnection")
@Description("A page of warehouses.")
public class WarehouseConnection {

    /** Relay edge of a warehouse. */
    @Type("WarehouseEdge")
    @Description("A warehouse in a list, with its cursor.")
    public static class Edge {
        private final Warehouse node;
        private final String cursor;

        public Edge(Warehouse node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The warehouse.")
        public Warehouse getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this warehouse.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public WarehouseConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The warehouses on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more warehouses follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
