package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of OperationTasks. */
@Type("OperationTaskConnection")
@Description("A page of operation tasks, newest first.")
public record OperationTaskConnection(
        @NonNull @Description("The tasks on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("OperationTaskEdge")
    @Description("A task in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The task.") OperationTask node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
