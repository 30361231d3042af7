package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.inventory.domain.StockDocumentStatus;
import com.newretail.inventory.domain.StockTransferStatus;
import com.newretail.inventory.domain.StocktakeStatus;

/**
 * The {@code where:} filters of the inventory lists. They replace the flat filter arguments (kept,
 * deprecated); a condition given in both places is taken from {@code where}.
 */
public final class InventoryFilters {

    private InventoryFilters() {
    }

    /** Narrows {@code stockDocuments}. All given conditions must hold. */
    @Input("StockDocumentFilter")
    @Description("Narrows the stock documents. All given conditions must hold.")
    public static class StockDocumentFilter {
        @Id
        @Description("Only this warehouse.")
        public String warehouseId;

        @Description("Only this status.")
        public StockDocumentStatus status;
    }

    /** Narrows {@code stockTransfers}. */
    @Input("StockTransferFilter")
    @Description("Narrows the transfers. All given conditions must hold.")
    public static class StockTransferFilter {
        @Id
        @Description("Only transfers from or to this warehouse.")
        public String warehouseId;

        @Description("Only this status, e.g. SHIPPED for what is on its way.")
        public StockTransferStatus status;
    }

    /** Narrows {@code stocktakes}. */
    @Input("StocktakeFilter")
    @Description("Narrows the stocktakes. All given conditions must hold.")
    public static class StocktakeFilter {
        @Id
        @Description("Only this warehouse.")
        public String warehouseId;

        @Description("Only this status.")
        public StocktakeStatus status;
    }

    /** Narrows {@code stockLedger}. */
    @Input("StockLedgerFilter")
    @Description("Narrows the ledger. All given conditions must hold.")
    public static class StockLedgerFilter {
        @Id
        @Description("Only this warehouse.")
        public String warehouseId;

        @Id
        @Description("Only this SKU.")
        public String skuId;

        @Id
        @Description("Only rows written by this document, transfer, stocktake, reservation, order or return.")
        public String documentId;
    }

    /** Narrows {@code warehouses}. */
    @Input("WarehouseFilter")
    @Description("Narrows the warehouses.")
    public static class WarehouseFilter {
        @Id
        @Description("Only warehouses of this org unit and the units below it.")
        public String orgUnitId;
    }
}
