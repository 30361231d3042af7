package com.newretail.supply.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a replenishment request stands. */
@Description("Where a replenishment request stands: DRAFT (the nightly run's) → REQUESTED → APPROVED (a transfer carries it) or REJECTED; "
        + "drafts and requests may be CANCELLED by the store.")
public enum ReplenishmentStatus {
    @Description("Drafted by the nightly run; the store submits or cancels it.")
    DRAFT,
    @Description("Waiting for the supplying side's decision.")
    REQUESTED,
    @Description("Approved: a stock transfer from the supplier carries it.")
    APPROVED,
    @Description("Turned down by the supplying side, with a note.")
    REJECTED,
    @Description("Withdrawn by the store.")
    CANCELLED
}
