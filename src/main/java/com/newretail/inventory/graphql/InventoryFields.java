package com.newretail.inventory.graphql;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Category;
import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.graphql.Nodes;
import com.newretail.inventory.persistence.InventoryReader.WarehouseRow;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * The warehouse and SKU fields of documents, transfers, stocktakes and reservations, and the source of
 * ledger entries, one statement per field (and type) and request. The object is already visible to the caller; a transfer shows both of its ends.
 */
@GraphQLApi
public class InventoryFields {

    private final InventoryReader warehouses;
    private final SkuCatalog skus;
    private final Nodes nodes;

    public InventoryFields(InventoryReader warehouses, SkuCatalog skus, Nodes nodes) {
        this.warehouses = warehouses;
        this.skus = skus;
        this.nodes = nodes;
    }

    @Name("source")
    @Description("What changed the stock: a StockDocument, StockTransfer, Stocktake or StockReservation, or another module's "
            + "object (an Order, an OrderReturn); null when you may not see it.")
    public Uni<List<Node>> ledgerSource(@Source List<LedgerEntry> entries) {
        return nodes.all(entries.stream().map(entry -> LedgerSources.typed(entry.row().documentType(), entry.row().documentId())).toList());
    }

    @Name("warehouse")
    @NonNull
    @Description("The warehouse the document moves stock in.")
    public Uni<List<@NonNull Warehouse>> documentWarehouse(@Source List<StockDocument> documents) {
        return warehousesOf(documents, d -> d.row().warehouseId());
    }

    @Name("sourceWarehouse")
    @NonNull
    @Description("Where the goods leave from.")
    public Uni<List<@NonNull Warehouse>> transferSource(@Source List<StockTransfer> transfers) {
        return warehousesOf(transfers, t -> t.row().sourceWarehouseId());
    }

    @Name("targetWarehouse")
    @NonNull
    @Description("Where the goods go.")
    public Uni<List<@NonNull Warehouse>> transferTarget(@Source List<StockTransfer> transfers) {
        return warehousesOf(transfers, t -> t.row().targetWarehouseId());
    }

    @Name("warehouse")
    @NonNull
    @Description("The warehouse counted.")
    public Uni<List<@NonNull Warehouse>> stocktakeWarehouse(@Source List<Stocktake> stocktakes) {
        return warehousesOf(stocktakes, s -> s.row().warehouseId());
    }

    @Name("category")
    @Description("The category whose SKUs (with subcategories) are counted; null for the whole warehouse.")
    public Uni<List<Category>> stocktakeCategory(@Source List<Stocktake> stocktakes) {
        List<Long> ids = stocktakes.stream().map(s -> s.row().categoryId()).filter(id -> id != null).distinct().toList();
        return skus.categories(ids).map(found -> stocktakes.stream()
                .map(s -> s.row().categoryId() == null ? null : found.get(s.row().categoryId())).toList());
    }

    @Name("warehouse")
    @NonNull
    @Description("The warehouse the goods are held in.")
    public Uni<List<@NonNull Warehouse>> reservationWarehouse(@Source List<StockReservation> reservations) {
        return warehousesOf(reservations, r -> r.row().warehouseId());
    }

    @Name("warehouse")
    @NonNull
    @Description("The warehouse.")
    public Uni<List<@NonNull Warehouse>> stockLevelWarehouse(@Source List<StockLevel> levels) {
        return warehousesOf(levels, level -> level.row().warehouseId());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> quantitySku(@Source List<StockQuantity> quantities) {
        return skusOf(quantities, q -> q.row().skuId());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> transferLineSku(@Source List<StockTransferLine> lines) {
        return skusOf(lines, l -> l.row().skuId());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> discrepancySku(@Source List<TransferDiscrepancy> discrepancies) {
        return skusOf(discrepancies, d -> d.row().skuId());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> stocktakeLineSku(@Source List<StocktakeLine> lines) {
        return skusOf(lines, l -> l.row().skuId());
    }

    private <T> Uni<List<Warehouse>> warehousesOf(List<T> items, Function<T, Long> warehouseOf) {
        List<Long> ids = items.stream().map(warehouseOf).distinct().toList();
        return warehouses.warehouses(ids, DataScope.all()).map(rows -> DocumentReader.inOrderOf(
                items.stream().map(warehouseOf).toList(), rows, WarehouseRow::id).stream().map(Warehouse::new).toList());
    }

    private <T> Uni<List<Sku>> skusOf(List<T> items, Function<T, Long> skuOf) {
        return skus.views(items.stream().map(skuOf).distinct().toList())
                .map(found -> items.stream().map(item -> found.get(skuOf.apply(item))).toList());
    }
}
