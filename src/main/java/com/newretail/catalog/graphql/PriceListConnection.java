package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of PriceLists. */
@Type("PriceListConnection")
@Description("A page of price lists.")
public record PriceListConnection(
        @NonNull @Description("The price lists on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more price lists follow.") PageInfo pageInfo) {

    /** Relay edge of a price list. */
    @Type("PriceListEdge")
    @Description("A price list in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The price list.") PriceList node,
            @NonNull @Description("Pass as `after` to continue after this price list.") String cursor) {
    }
}
