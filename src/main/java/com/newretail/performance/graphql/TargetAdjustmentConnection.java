package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of TargetAdjustments. */
@Type("TargetAdjustmentConnection")
@Description("A page of target adjustment proposals.")
public record TargetAdjustmentConnection(
        @NonNull @Description("The target adjustment proposals on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("TargetAdjustmentEdge")
    @Description("A proposal in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The proposal.") TargetAdjustment node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
