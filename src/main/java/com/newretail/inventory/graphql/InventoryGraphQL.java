package com.newretail.inventory.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.domain.SafetyStocks;
import com.newretail.inventory.domain.StockDocumentService;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** Warehouses, stock levels, the ledger, and posting receipts and issues, all within the caller's data scope. */
@GraphQLApi
public class InventoryGraphQL {

    private final InventoryReader reader;
    private final StockDocumentService documents;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final AuditLog audit;
    private final SkuCatalog skus;
    private final OrgUnitViews orgUnits;
    private final SafetyStocks safetyStocks;
    private final PayloadKind<Long, WarehouseCreatePayload, InventoryUserError> warehouseCreated;

    public InventoryGraphQL(InventoryReader reader, StockDocumentService documents, CallerScope callerScope,
            MutationFrame frame, AuditLog audit, SkuCatalog skus, OrgUnitViews orgUnits, SafetyStocks safetyStocks) {
        this.reader = reader;
        this.documents = documents;
        this.callerScope = callerScope;
        this.frame = frame;
        this.audit = audit;
        this.skus = skus;
        this.orgUnits = orgUnits;
        this.safetyStocks = safetyStocks;
        this.warehouseCreated = new PayloadKind<>(InventoryUserError.AREA, (id, errors) -> new WarehouseCreatePayload(null, errors),
                WarehouseCreatePayload::userErrors, id -> GlobalId.encode(Warehouse.TYPE, id),
                stored -> reader.warehouses(List.of(GlobalId.decode(stored, Warehouse.TYPE)), DataScope.all())
                        .map(rows -> new WarehouseCreatePayload(rows.isEmpty() ? null : new Warehouse(rows.get(0)), List.of())));
    }

    @Query("warehouses")
    @RolesAllowed("${newretail.rules.warehouses}")
    @Description("Warehouses within your data scope, by code; optionally those of one org unit and below.")
    public Uni<@NonNull WarehouseConnection> warehouses(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("where") @Description("Filter.") InventoryFilters.WarehouseFilter where,
            @Name("orgUnitId") @Id @Deprecated @Description("Deprecated: use `where.orgUnitId`.") String orgUnitId) {
        PageRequest page = PageRequest.of(first, after);
        String afterCode = page.afterKey();
        Long under = GlobalId.decodeFilter(where == null ? null : where.orgUnitId, orgUnitId, OrgUnit.TYPE, "orgUnitId");
        return callerScope.current().chain(scope -> reader.warehousePage(scope, under, afterCode, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.code()),
                        (row, cursor) -> new WarehouseConnection.Edge(new Warehouse(row), cursor), WarehouseConnection::new));
    }

    @Query("stockLevels")
    @RolesAllowed("${newretail.rules.stockLevels}")
    @Description("Stock of a warehouse by SKU; empty when the warehouse is outside your data scope.")
    public Uni<@NonNull StockLevelConnection> stockLevels(
            @Name("warehouseId") @Id @NonNull @Description("The warehouse.") String warehouseId,
            @Name("where") @Description("Filter.") InventoryFilters.StockLevelFilter where,
            @Name("skuIds") @Deprecated @DefaultValue("[]") @Description(StockLevel.SKU_IDS_FILTER) List<@NonNull String> skuIds,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        long warehouse = GlobalId.decode(warehouseId, Warehouse.TYPE);
        List<Long> skuFilter = InventoryFilters.StockLevelFilter.skuIds(where, skuIds);
        Long afterSku = page.afterId();
        return callerScope.current().chain(scope -> reader.stockLevels(warehouse, scope, skuFilter, afterSku, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.skuId()),
                        (row, cursor) -> new StockLevelConnection.Edge(new StockLevel(row), cursor), StockLevelConnection::new));
    }

    @Query("stockLedger")
    @RolesAllowed("${newretail.rules.stockLedger}")
    @Description("The stock ledger, newest first, within your data scope; by warehouse, SKU and/or source (document, transfer, stocktake, reservation).")
    public Uni<@NonNull LedgerEntryConnection> stockLedger(
            @Name("where") @Description("Filter.") InventoryFilters.StockLedgerFilter where,
            @Name("warehouseId") @Id @Deprecated @Description("Deprecated: use `where.warehouseId`.") String warehouseId,
            @Name("skuId") @Id @Deprecated @Description("Deprecated: use `where.skuId`.") String skuId,
            @Name("documentId") @Id @Deprecated @Description("Deprecated: use `where.documentId`.") String documentId,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Long warehouse = GlobalId.decodeFilter(where == null ? null : where.warehouseId, warehouseId, Warehouse.TYPE, "warehouseId");
        Long sku = GlobalId.decodeFilter(where == null ? null : where.skuId, skuId, Sku.TYPE, "skuId");
        String source = where != null && where.documentId != null ? where.documentId : documentId;
        Map.Entry<List<String>, Long> document = source == null ? null : LedgerSources.kinds(source);
        Long beforeId = page.afterId();
        return callerScope.current()
                .chain(scope -> reader.ledger(scope, warehouse, sku, document == null ? null : document.getKey(),
                        document == null ? null : document.getValue(), beforeId, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new LedgerEntryConnection.Edge(new LedgerEntry(row), cursor), LedgerEntryConnection::new));
    }

    @Query("stockAvailability")
    @RolesAllowed("${newretail.rules.stockAvailability}")
    @Description("The workbench's stock lookup: where a SKU is available within your data scope, nearest first "
            + "(your own unit, then by distance in the org tree), at most `first` warehouses.")
    public Uni<@NonNull List<@NonNull StockAvailability>> stockAvailability(
            @Name("skuId") @Id @NonNull @Description("The SKU.") String skuId,
            @Name("first") @Description("How many warehouses, at most 100.") @DefaultValue("20") Integer first) {
        PageRequest page = PageRequest.of(first, null);
        long sku = GlobalId.decode(skuId, Sku.TYPE);
        return callerScope.current().chain(scope -> callerScope.binding().chain(binding -> reader.availability(sku, scope,
                binding.map(b -> b.orgUnitId()).orElse(null), page.first())))
                .map(rows -> rows.stream().map(StockAvailability::new).toList());
    }

    @Name("orgUnit")
    @Description("The org unit the warehouse belongs to.")
    public Uni<List<OrgUnit>> warehouseOrgUnit(@Source List<Warehouse> warehouses) {
        // The warehouse is already inside the caller's scope, and so is its org unit.
        return orgUnits.views(warehouses.stream().map(w -> w.row().orgUnitId()).distinct().toList(), DataScope.all())
                .map(found -> warehouses.stream().map(w -> found.get(w.row().orgUnitId())).toList());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> stockLevelSku(@Source List<StockLevel> levels) {
        return skusOf(levels, level -> level.row().skuId());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU whose stock changed.")
    public Uni<List<@NonNull Sku>> ledgerSku(@Source List<LedgerEntry> entries) {
        return skusOf(entries, entry -> entry.row().skuId());
    }

    @Mutation("warehouseCreate")
    @RolesAllowed("${newretail.rules.warehouseCreate}")
    @Description("Creates a warehouse for an org unit inside your data scope.")
    public Uni<@NonNull WarehouseCreatePayload> warehouseCreate(
            @Name("input") @NonNull @Description("The warehouse's fields.") InventoryInputs.WarehouseInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(warehouseCreated, () -> {
            long unit = GlobalId.decodeAt(String.valueOf(input.orgUnitId), OrgUnit.TYPE, "input", "orgUnitId");
            return callerScope.current().chain(scope -> orgUnits.visible(unit, scope)).chain(visible -> !visible
                    ? warehouseCreated.notFound("org unit", "input", "orgUnitId")
                    : frame.once(warehouseCreated, "warehouseCreate", idempotencyKey, new Call<>(
                            List.of(String.valueOf(input.code), String.valueOf(input.name), unit, String.valueOf(input.type)),
                            () -> documents.createWarehouse(input.code, input.name, unit, input.type),
                            id -> Call.Audit.of(unit, Map.of("code", input.code, "name", input.name, "type", input.type)),
                            // Built from the input: the pool would not see the uncommitted row.
                            id -> Uni.createFrom().item(new WarehouseCreatePayload(new Warehouse(new InventoryReader.WarehouseRow(id,
                                    input.code, input.name.trim(), unit, input.type)), List.of())))));
        });
    }

    @Mutation("stockLevelSafetyStockSet")
    @RolesAllowed("${newretail.rules.stockLevelSafetyStockSet}")
    @Description("Sets the safety stock of a SKU in a warehouse (the level below which it should be replenished).")
    public Uni<@NonNull StockLevelPayload> stockLevelSafetyStockSet(
            @Name("warehouseId") @Id @NonNull @Description("The warehouse.") String warehouseId,
            @Name("skuId") @Id @NonNull @Description("The SKU.") String skuId,
            @Name("safetyStock") @NonNull @Description("Units, 0 to 1,000,000.") int safetyStock) {
        return frame.guard(StockLevelPayload.KIND, () -> {
            long warehouse = GlobalId.decodeAt(warehouseId, Warehouse.TYPE, "warehouseId");
            long sku = GlobalId.decodeAt(skuId, Sku.TYPE, "skuId");
            return callerScope.current().chain(scope -> reader.warehouses(List.of(warehouse), scope)).chain(found -> found.isEmpty()
                    ? StockLevelPayload.KIND.notFound("warehouse", "warehouseId")
                    : safetyStocks.set(warehouse, sku, safetyStock).chain(outcome -> !outcome.succeeded()
                            ? Uni.createFrom().item(StockLevelPayload.KIND.refusedBy(outcome.problems()))
                            : audit.record("stockLevelSafetyStockSet", List.of(warehouseId, skuId), found.get(0).orgUnitId(), Map.of(),
                                    Map.of("safetyStock", safetyStock)).replaceWith(new StockLevelPayload(warehouse, sku, List.of()))));
        });
    }

    @Name("stockLevel")
    @Description("The stock level as it is now; null when there are userErrors.")
    public Uni<StockLevel> payloadStockLevel(@Source StockLevelPayload payload) {
        return payload.skuId() == null ? Uni.createFrom().nullItem()
                : reader.stockLevels(payload.warehouseId(), DataScope.all(), List.of(payload.skuId()), null, 1)
                        .map(rows -> rows.isEmpty() ? null : new StockLevel(rows.get(0)));
    }

    private <T> Uni<List<Sku>> skusOf(List<T> items, Function<T, Long> skuOf) {
        return skus.views(items.stream().map(skuOf).distinct().toList())
                .map(found -> items.stream().map(item -> found.get(skuOf.apply(item))).toList());
    }
}
