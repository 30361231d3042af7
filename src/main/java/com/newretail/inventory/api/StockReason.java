package com.newretail.inventory.api;

import org.eclipse.microprofile.graphql.Description;

/** Why stock changed: the reason code of every ledger row. */
@Description("Why stock changed.")
public enum StockReason {
    @Description("Goods received (purchase from upstream).")
    RECEIPT,
    @Description("Sold to a customer.")
    SALE,
    @Description("Returned by a customer.")
    RETURN,
    @Description("Shipped to another warehouse.")
    TRANSFER_OUT,
    @Description("Received from another warehouse.")
    TRANSFER_IN,
    @Description("Manual correction.")
    ADJUSTMENT,
    @Description("Stocktake variance posted.")
    STOCKTAKE,
    @Description("Written off as damaged.")
    DAMAGE,
    @Description("Scrapped.")
    SCRAP,
    @Description("Reserved for an order.")
    RESERVE,
    @Description("Reservation released.")
    RELEASE
}
