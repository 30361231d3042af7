package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of positions. */
@Type("PositionConnection")
@Description("A page of positions, by code.")
public class PositionConnection {

    /** Relay edge of a position. */
    @Type("PositionEdge")
    @Description("A position in a list, with its cursor.")
    public static class Edge {
        private final Position node;
        private final String cursor;

        public Edge(Position node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The position.")
        public Position getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this position.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public PositionConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The positions on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more positions follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
