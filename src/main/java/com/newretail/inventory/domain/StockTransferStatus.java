package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a transfer stands: DRAFT → SHIPPED → PARTIALLY_RECEIVED → RECEIVED or CLOSED, or CANCELLED as a draft. */
@Description("Where a transfer stands: DRAFT → SHIPPED → PARTIALLY_RECEIVED → RECEIVED or CLOSED, or CANCELLED as a draft.")
public enum StockTransferStatus {
    @Description("Editable; nothing has left the source.")
    DRAFT,
    @Description("Left the source; in transit.")
    SHIPPED,
    @Description("Some of it was received or written off.")
    PARTIALLY_RECEIVED,
    @Description("All of it was received or written off.")
    RECEIVED,
    @Description("Closed; what never arrived was written off as lost.")
    CLOSED,
    @Description("Abandoned as a draft.")
    CANCELLED
}
