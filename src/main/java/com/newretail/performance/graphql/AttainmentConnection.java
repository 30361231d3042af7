package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Attainments. */
@Type("AttainmentConnection")
@Description("A page of attainment figures.")
public record AttainmentConnection(
        @NonNull @Description("The attainment figures on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("AttainmentEdge")
    @Description("A unit or staff member's attainment in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The unit or staff member's attainment.") Attainment node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
