package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of PriceListItems. */
@Type("PriceListItemConnection")
@Description("A page of price list items.")
public record PriceListItemConnection(
        @NonNull @Description("The price list items on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more price list items follow.") PageInfo pageInfo) {

    /** Relay edge of a price list item. */
    @Type("PriceListItemEdge")
    @Description("A price list item in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The price list item.") PriceListItem node,
            @NonNull @Description("Pass as `after` to continue after this price list item.") String cursor) {
    }
}
