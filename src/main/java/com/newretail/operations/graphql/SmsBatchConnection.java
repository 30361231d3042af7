package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of SmsBatchs. */
@Type("SmsBatchConnection")
@Description("A page of SMS batches.")
public record SmsBatchConnection(
        @NonNull @Description("The batches on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("SmsBatchEdge")
    @Description("One of the SMS batches in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The node.") SmsBatch node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
