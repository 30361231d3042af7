package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Categorys. */
@Type("CategoryConnection")
@Description("A page of categories.")
public class CategoryConnection {

    /** Relay edge of a category. */
    @Type("CategoryEdge")
    @Description("A category in a list, with its cursor.")
    public static class Edge {
        private final Category node;
        private final String cursor;

        public Edge(Category node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The category.")
        public Category getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this category.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public CategoryConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The categories on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more categories follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
