package com.newretail.platform.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of audit events. */
@Type("AuditEventConnection")
@Description("A page of audit events, newest first.")
public record AuditEventConnection(
        @NonNull @Description("The events on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more events follow.") PageInfo pageInfo) {

    /** Relay edge of an audit event. */
    @Type("AuditEventEdge")
    @Description("An audit event in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The event.") AuditEvent node,
            @NonNull @Description("Pass as `after` to continue after this event.") String cursor) {
    }
}
