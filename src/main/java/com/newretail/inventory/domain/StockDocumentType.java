package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Which way a stock document moves goods. */
@Description("Which way a stock document moves goods.")
public enum StockDocumentType {
    @Description("Goods come in (purchase from upstream, return-in).")
    RECEIPT,
    @Description("Goods go out (sale, damage, scrap, adjustment).")
    ISSUE
}
