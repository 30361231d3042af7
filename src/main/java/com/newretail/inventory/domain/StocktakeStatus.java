package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a stocktake stands. */
@Description("Where a stocktake stands.")
public enum StocktakeStatus {
    @Description("Book frozen; counts are being entered.")
    COUNTING,
    @Description("Posted with variances above the threshold; waiting for a manager.")
    PENDING_APPROVAL,
    @Description("Variances written to stock through the ledger.")
    POSTED,
    @Description("Abandoned; stock unchanged.")
    CANCELLED
}
