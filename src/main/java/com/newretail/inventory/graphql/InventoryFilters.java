package com.newretail.inventory.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.inventory.domain.StockDocumentStatus;
import com.newretail.inventory.domain.StockTransferStatus;
import com.newretail.inventory.domain.StocktakeStatus;
import com.newretail.catalog.graphql.Sku;
import com.newretail.platform.graphql.GlobalId;

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

    /** Narrows {@code stockLevels} and {@code stockLevelChanged}. */
    @Input("StockLevelFilter")
    @Description("Narrows the stock levels of a warehouse.")
    public static class StockLevelFilter {
        @Id
        @Description("Only these SKUs; all when absent or empty.")
        public List<@NonNull String> skuIds;

        /** The SKU ids asked for, from {@code where} or else the deprecated flat argument; empty means all. */
        static List<Long> skuIds(StockLevelFilter where, List<String> flatSkuIds) {
            if (where != null && where.skuIds != null) {
                List<Long> ids = new ArrayList<>(where.skuIds.size());
                for (int i = 0; i < where.skuIds.size(); i++) {
                    ids.add(GlobalId.decodeAt(where.skuIds.get(i), Sku.TYPE, "where", "skuIds", i));
                }
                return ids;
            }
            return flatSkuIds == null ? List.of() : flatSkuIds.stream().map(id -> GlobalId.decode(id, Sku.TYPE)).toList();
        }
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
