package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** How a member got a coupon. */
@Description("How a member got a coupon.")
public enum CouponSource {
    @Description("Issued to listed members.")
    DIRECT,
    @Description("Issued to the members of a segment snapshot.")
    SNAPSHOT,
    @Description("Claimed with the template's public code.")
    CLAIM
}
