package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of SalesTargets. */
@Type("SalesTargetConnection")
@Description("A page of sales targets.")
public record SalesTargetConnection(
        @NonNull @Description("The sales targets on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("SalesTargetEdge")
    @Description("A sales target in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The sales target.") SalesTarget node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
