package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Brands. */
@Type("BrandConnection")
@Description("A page of brands.")
public record BrandConnection(
        @NonNull @Description("The brands on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more brands follow.") PageInfo pageInfo) {

    /** Relay edge of a brand. */
    @Type("BrandEdge")
    @Description("A brand in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The brand.") Brand node,
            @NonNull @Description("Pass as `after` to continue after this brand.") String cursor) {
    }
}
