package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Categorys. */
@Type("CategoryConnection")
@Description("A page of categories.")
public record CategoryConnection(
        @NonNull @Description("The categories on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more categories follow.") PageInfo pageInfo) {

    /** Relay edge of a category. */
    @Type("CategoryEdge")
    @Description("A category in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The category.") Category node,
            @NonNull @Description("Pass as `after` to continue after this category.") String cursor) {
    }
}
