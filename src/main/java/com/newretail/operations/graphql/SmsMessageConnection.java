package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of SmsMessages. */
@Type("SmsMessageConnection")
@Description("A page of SMS texts.")
public record SmsMessageConnection(
        @NonNull @Description("The texts on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("SmsMessageEdge")
    @Description("One of the SMS texts in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The node.") SmsMessage node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
