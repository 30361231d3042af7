package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Brands. */
@Type("BrandConnection")
@Description("A page of brands.")
public class BrandConnection {

    /** Relay edge of a brand. */
    @Type("BrandEdge")
    @Description("A brand in a list, with its cursor.")
    public static class Edge {
        private final Brand node;
        private final String cursor;

        public Edge(Brand node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The brand.")
        public Brand getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this brand.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public BrandConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The brands on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more brands follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
