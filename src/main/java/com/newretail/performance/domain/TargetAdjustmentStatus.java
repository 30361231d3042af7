package com.newretail.performance.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a proposal stands. */
@Description("Where a proposed target adjustment stands.")
public enum TargetAdjustmentStatus {
    @Description("Waiting for the level above.")
    PROPOSED,
    @Description("Approved: the target took the proposed figure.")
    APPROVED,
    @Description("Rejected: the target stayed as it was.")
    REJECTED
}
