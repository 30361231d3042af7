package com.newretail.inventory.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.persistence.InventoryReadModels;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadField;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The inventory module's part of the planner: warehouses, stock levels, the ledger, receipts and
 * issues, transfers, stocktakes, reservations, and a SKU's stock levels in the caller's scope.
 */
@ApplicationScoped
class InventoryReads implements ReadModelSource {

    @Override
    public List<ReadModel> readModels() {
        return List.of(InventoryReadModels.WAREHOUSE, InventoryReadModels.STOCK_LEVEL, InventoryReadModels.LEDGER_ENTRY,
                InventoryReadModels.STOCK_DOCUMENT, InventoryReadModels.STOCK_QUANTITY, InventoryReadModels.TRANSFER,
                InventoryReadModels.TRANSFER_LINE, InventoryReadModels.TRANSFER_DISCREPANCY, InventoryReadModels.STOCKTAKE,
                InventoryReadModels.RESERVATION, InventoryReadModels.RESERVATION_LINE);
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("warehouses", Warehouse.TYPE, true, InventoryReadModels.WAREHOUSE_ALIASES, InventoryReads::warehouses),
                new ReadRoot("stockLevels", "StockLevel", true, InventoryReadModels.STOCK_LEVELS_ALIASES, InventoryReads::stockLevels),
                new ReadRoot("stockLedger", "LedgerEntry", true, InventoryReadModels.LEDGER_ALIASES, InventoryReads::stockLedger),
                documentById("stockDocument", StockDocument.TYPE, InventoryReadModels.DOCUMENT_ALIASES, InventoryReadModels::documents),
                documentPage("stockDocuments", StockDocument.TYPE, InventoryReadModels.DOCUMENT_ALIASES, InventoryReadModels::documents),
                documentById("stockTransfer", StockTransfer.TYPE, InventoryReadModels.TRANSFER_ALIASES, InventoryReadModels::transfers),
                documentPage("stockTransfers", StockTransfer.TYPE, InventoryReadModels.TRANSFER_ALIASES, InventoryReadModels::transfers),
                documentById("stocktake", Stocktake.TYPE, InventoryReadModels.STOCKTAKE_ALIASES, InventoryReadModels::stocktakes),
                documentPage("stocktakes", Stocktake.TYPE, InventoryReadModels.STOCKTAKE_ALIASES, InventoryReadModels::stocktakes),
                documentById("stockReservation", StockReservation.TYPE, InventoryReadModels.RESERVATION_ALIASES, InventoryReads::reservations));
    }

    /** {@code node(id:)} of a warehouse, as its node loader reads it. */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Warehouse.TYPE, "warehouses", InventoryReadModels.WAREHOUSE_ALIASES,
                (id, scope, args) -> InventoryReadModels.warehousesByIds(List.of(id), scope, args)),
                documentNode(StockDocument.TYPE, "stockDocument", InventoryReadModels.DOCUMENT_ALIASES, InventoryReadModels::documents),
                documentNode(StockTransfer.TYPE, "stockTransfer", InventoryReadModels.TRANSFER_ALIASES, InventoryReadModels::transfers),
                documentNode(Stocktake.TYPE, "stocktake", InventoryReadModels.STOCKTAKE_ALIASES, InventoryReadModels::stocktakes),
                documentNode(StockReservation.TYPE, "stockReservation", InventoryReadModels.RESERVATION_ALIASES, InventoryReads::reservations));
    }

    /** How one kind of warehouse document is selected: as {@code DocumentReads.Rows}, without the limit. */
    @FunctionalInterface
    private interface DocumentSelection {
        ReadRoot.Selection select(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, SqlArgs args);
    }

    /** A document by its {@code id} argument within the scope, as {@code DocumentReads.one}. */
    private static ReadRoot documentById(String field, String type, Set<String> aliases, DocumentSelection documents) {
        return new ReadRoot(field, type, false, aliases, (arguments, page, scope, args) ->
                documents.select(scope, List.of(GlobalId.decode(arguments.string("id"), type)), null, null, null, args));
    }

    /** A newest-first page of documents, as {@code DocumentReads.page}. */
    private static ReadRoot documentPage(String field, String type, Set<String> aliases, DocumentSelection documents) {
        return new ReadRoot(field, type, true, aliases, (arguments, page, scope, args) -> {
            DocumentFilter filter = DocumentFilter.of(arguments);
            return documents.select(scope, null, filter.warehouseId(), filter.status(), page.afterId(), args);
        });
    }

    /** {@code node(id:)} of a document, as {@code DocumentReads.visible} reads it for its node loader under {@code rule}. */
    private static NodeRead documentNode(String type, String rule, Set<String> aliases, DocumentSelection documents) {
        return new NodeRead(type, rule, aliases, (id, scope, args) -> documents.select(scope, List.of(id), null, null, null, args));
    }

    /** Reservations have no list query: only ids select them. */
    private static ReadRoot.Selection reservations(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, SqlArgs args) {
        return InventoryReadModels.reservations(scope, ids, args);
    }

    /** As {@code InventoryGraphQL.warehouses}: {@code where.orgUnitId} first, the deprecated flat argument otherwise. */
    private static ReadRoot.Selection warehouses(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !Set.of("orgUnitId").containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        Long under = GlobalId.decodeFilter(where == null ? null : where.string("orgUnitId"), arguments.string("orgUnitId"), OrgUnit.TYPE,
                "orgUnitId");
        return InventoryReadModels.warehouses(scope, under, page.afterKey(), args);
    }

    /** As {@code InventoryGraphQL.stockLevels}: {@code where.skuIds} first, the deprecated flat {@code skuIds} otherwise. */
    private static ReadRoot.Selection stockLevels(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !Set.of("skuIds").containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        InventoryFilters.StockLevelFilter filter = null;
        if (where != null) {
            filter = new InventoryFilters.StockLevelFilter();
            filter.skuIds = where.strings("skuIds");
        }
        List<Long> skuIds = InventoryFilters.StockLevelFilter.skuIds(filter, arguments.strings("skuIds"));
        return InventoryReadModels.stockLevels(GlobalId.decode(arguments.string("warehouseId"), Warehouse.TYPE), scope, skuIds, page.afterId(),
                args);
    }

    /**
     * The filter of a page of warehouse documents (receipts and issues, transfers, stocktakes), as
     * {@code DocumentReads.page} takes it: each {@code where} field first, its deprecated flat argument otherwise.
     */
    private record DocumentFilter(Long warehouseId, String status) {

        static DocumentFilter of(Arguments arguments) {
            Arguments where = arguments.object("where");
            if (where != null && !Set.of("warehouseId", "status").containsAll(where.names())) {
                throw new InvalidArgumentException("unknown filter field");
            }
            Long warehouse = GlobalId.decodeFilter(where == null ? null : where.string("warehouseId"), arguments.string("warehouseId"),
                    Warehouse.TYPE, "warehouseId");
            String status = where != null && where.string("status") != null ? where.string("status") : arguments.string("status");
            return new DocumentFilter(warehouse, status);
        }
    }

    /** As {@code InventoryGraphQL.stockLedger}: each {@code where} field first, its deprecated flat argument otherwise. */
    private static ReadRoot.Selection stockLedger(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !Set.of("warehouseId", "skuId", "documentId").containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        Long warehouse = GlobalId.decodeFilter(where == null ? null : where.string("warehouseId"), arguments.string("warehouseId"),
                Warehouse.TYPE, "warehouseId");
        Long sku = GlobalId.decodeFilter(where == null ? null : where.string("skuId"), arguments.string("skuId"), Sku.TYPE, "skuId");
        String source = where != null && where.string("documentId") != null ? where.string("documentId") : arguments.string("documentId");
        java.util.Map.Entry<List<String>, Long> document = source == null ? null : LedgerSources.kinds(source);
        return InventoryReadModels.ledger(scope, warehouse, sku, document == null ? null : document.getKey(),
                document == null ? null : document.getValue(), page.afterId(), args);
    }

    @Override
    public List<Extension> readExtensions() {
        return List.of(new Extension(Sku.TYPE, "stockLevels", new ReadField.Scoped("StockLevel", null, "sl.sku_id",
                SkuStockGraphQL.WAREHOUSES_PER_SKU, InventoryReadModels.STOCK_LEVEL_ALIASES, InventoryReadModels.STOCK_LEVEL_JOINED_ON,
                InventoryReadModels::stockLevelsOfSku)));
    }
}
