package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of CouponTemplates. */
@Type("CouponTemplateConnection")
@Description("A page of coupon templates, newest first.")
public record CouponTemplateConnection(
        @NonNull @Description("The templates on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("CouponTemplateEdge")
    @Description("A coupon template in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The template.") CouponTemplate node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
