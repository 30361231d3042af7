package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** Whether a template still issues coupons. */
@Description("Whether a coupon template still issues coupons.")
public enum CouponTemplateStatus {
    @Description("Issues coupons (within its validity and caps).")
    ACTIVE,
    @Description("Issues no more coupons; those issued stay valid.")
    ARCHIVED
}
