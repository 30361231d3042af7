package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of staff. */
@Type("StaffConnection")
@Description("A page of staff members, by name.")
public record StaffConnection(
        @NonNull @Description("The staff members on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more staff members follow.") PageInfo pageInfo) {

    /** Relay edge of a staff member. */
    @Type("StaffEdge")
    @Description("A staff member in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The staff member.") Staff node,
            @NonNull @Description("Pass as `after` to continue after this staff member.") String cursor) {
    }
}
