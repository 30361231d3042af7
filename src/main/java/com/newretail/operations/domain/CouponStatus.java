package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a member coupon stands. */
@Description("Where a member coupon stands.")
public enum CouponStatus {
    @Description("Usable (a red packet: with value left).")
    AVAILABLE,
    @Description("Used up.")
    USED,
    @Description("Not used up before its validity ended.")
    EXPIRED,
    @Description("Withdrawn.")
    VOID
}
