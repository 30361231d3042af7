package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of SmsTemplates. */
@Type("SmsTemplateConnection")
@Description("A page of SMS templates.")
public record SmsTemplateConnection(
        @NonNull @Description("The templates on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("SmsTemplateEdge")
    @Description("One of the SMS templates in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The node.") SmsTemplate node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
