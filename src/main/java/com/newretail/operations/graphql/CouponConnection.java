package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Coupons. */
@Type("CouponConnection")
@Description("A page of member coupons, newest first.")
public record CouponConnection(
        @NonNull @Description("The coupons on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow.") PageInfo pageInfo) {

    /** Relay edge. */
    @Type("CouponEdge")
    @Description("A coupon in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The coupon.") Coupon node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }
}
