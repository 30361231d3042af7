package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of staff. */
@Type("StaffConnection")
@Description("A page of staff members, by name.")
public class StaffConnection {

    /** Relay edge of a staff member. */
    @Type("StaffEdge")
    @Description("A staff member in a list, with its cursor.")
    public static class Edge {
        private final Staff node;
        private final String cursor;

        public Edge(Staff node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The staff member.")
        public Staff getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this staff member.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public StaffConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The staff members on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more staff members follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
