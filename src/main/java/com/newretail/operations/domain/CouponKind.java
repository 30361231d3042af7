package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** What a coupon template gives. */
@Description("What a coupon gives at the till.")
public enum CouponKind {
    @Description("`value` off the items it applies to (at most what they cost).")
    AMOUNT_OFF,
    @Description("`value` percent off the items it applies to, at most `maxDiscount`.")
    PERCENT_OFF,
    @Description("`value` off once the items it applies to reach `minSpend` (e.g. ¥50 off ¥300).")
    THRESHOLD,
    @Description("Cash red packet: stored value of `value`, spent across sales until used up.")
    RED_PACKET;

    /** The most one coupon of this kind can take off: what a template's budget counts per coupon. */
    public java.math.BigDecimal faceValue(java.math.BigDecimal value, java.math.BigDecimal maxDiscount) {
        return this == PERCENT_OFF ? maxDiscount : value;
    }
}
