package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a receipt or issue stands. */
@Description("Where a receipt or issue stands.")
public enum StockDocumentStatus {
    @Description("Editable; no stock has moved.")
    DRAFT,
    @Description("Stock moved and ledger rows written.")
    POSTED,
    @Description("Abandoned as a draft; nothing moved.")
    CANCELLED
}
