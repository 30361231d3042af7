package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of positions. */
@Type("PositionConnection")
@Description("A page of positions, by code.")
public record PositionConnection(
        @NonNull @Description("The positions on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more positions follow.") PageInfo pageInfo) {

    /** Relay edge of a position. */
    @Type("PositionEdge")
    @Description("A position in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The position.") Position node,
            @NonNull @Description("Pass as `after` to continue after this position.") String cursor) {
    }
}
