package com.newretail.supply.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of ReplenishmentRequests. */
@Type("ReplenishmentRequestConnection")
@Description("A page of replenishment requests, newest first.")
public record ReplenishmentRequestConnection(
        @NonNull @Description("The requests on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("ReplenishmentRequestEdge")
    @Description("A request in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The request.") ReplenishmentRequest node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
