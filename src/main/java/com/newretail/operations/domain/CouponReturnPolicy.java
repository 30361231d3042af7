package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** What a refunded return does to the coupons its order used. */
@Description("What a refunded return does to the coupons its order used.")
public enum CouponReturnPolicy {
    @Description("Give back: a red packet gets back the coupon share of the refunded items; a coupon becomes usable again once the "
            + "whole order is refunded (until it expires).")
    RESTORE,
    @Description("The coupon or the red-packet value spent is gone.")
    FORFEIT
}
