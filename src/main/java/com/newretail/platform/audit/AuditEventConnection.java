package com.newretail.platform.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of audit events. */
@Type("AuditEventConnection")
@Description("A page of audit events, newest first.")
public class AuditEventConnection {

    /** Relay edge of an audit event. */
    @Type("AuditEventEdge")
    @Description("An audit event in a list, with its cursor.")
    public static class Edge {
        private final AuditEvent node;
        private final String cursor;

        public Edge(AuditEvent node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The event.")
        public AuditEvent getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this event.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public AuditEventConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The events on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more events follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
