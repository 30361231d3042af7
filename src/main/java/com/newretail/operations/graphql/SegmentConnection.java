package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Segments. */
@Type("SegmentConnection")
@Description("A page of segments.")
public record SegmentConnection(
        @NonNull @Description("The segments on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("SegmentEdge")
    @Description("A segment in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The segment.") Segment node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
