package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Surveys. */
@Type("SurveyConnection")
@Description("A page of surveys, newest first.")
public record SurveyConnection(
        @NonNull @Description("The surveys on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("SurveyEdge")
    @Description("A survey in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The survey.") Survey node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
