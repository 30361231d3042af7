package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Products. */
@Type("ProductConnection")
@Description("A page of products.")
public class ProductConnection {

    /** Relay edge of a product. */
    @Type("ProductEdge")
    @Description("A product in a list, with its cursor.")
    public static class Edge {
        private final Product node;
        private final String cursor;

        public Edge(Product node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The product.")
        public Product getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this product.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public ProductConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The products on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more products follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
