package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Products. */
@Type("ProductConnection")
@Description("A page of products.")
public record ProductConnection(
        @NonNull @Description("The products on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more products follow.") PageInfo pageInfo) {

    /** Relay edge of a product. */
    @Type("ProductEdge")
    @Description("A product in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The product.") Product node,
            @NonNull @Description("Pass as `after` to continue after this product.") String cursor) {
    }
}
