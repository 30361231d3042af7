package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a return stands: REQUESTED → APPROVED → REFUNDED, or REJECTED. */
@Description("Where a return stands: REQUESTED → APPROVED → REFUNDED, or REJECTED.")
public enum ReturnStatus {
    @Description("Waiting for a manager (above the approval threshold).")
    REQUESTED,
    @Description("Approved; the refund is due.")
    APPROVED,
    @Description("Refused by a manager; nothing was refunded or restocked.")
    REJECTED,
    @Description("Refunded and the items restocked.")
    REFUNDED
}
