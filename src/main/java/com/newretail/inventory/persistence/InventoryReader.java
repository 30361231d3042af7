package com.newretail.inventory.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.domain.WarehouseType;
import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of inventory; a warehouse is visible when its org unit is inside the caller's scope. */
@ApplicationScoped
public class InventoryReader {

    /** A warehouse as read for queries. */
    public record WarehouseRow(long id, String code, String name, long orgUnitId, WarehouseType type) {
    }

    /** A stock level as read for queries. */
    public record StockLevelRow(long warehouseId, long skuId, int onHand, int reserved, int safetyStock, OffsetDateTime updatedAt) {
    }

    /** A ledger row as read for queries. */
    public record LedgerRow(long id, long warehouseId, long skuId, StockReason reason, String documentType, long documentId,
            String actor, int deltaOnHand, int deltaReserved, int onHandAfter, int reservedAfter, OffsetDateTime createdAt) {
    }

    /** Available stock of a SKU in one warehouse, with the org-tree distance from the caller's unit. */
    public record AvailabilityRow(WarehouseRow warehouse, int available, int distance) {
    }


    private final Pool pool;

    public InventoryReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<WarehouseRow>> warehouses(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.warehousesByIds(ids, scope, args).statement(InventoryReadModels.WAREHOUSE.plainColumns(), null);
        return query(sql, args, InventoryReader::warehouse);
    }

    public Uni<Boolean> warehouseVisible(long id, DataScope scope) {
        return warehouses(List.of(id), scope).map(rows -> !rows.isEmpty());
    }

    /**
     * Whether a transfer from {@code sourceId} may go to {@code targetId} for this caller: the target is
     * in the caller's scope (e.g. a dealer to its stores), or up the source's parent chain (a store
     * back to its dealer or company). Any other warehouse of the channel is out of reach.
     */
    public Uni<Boolean> transferTargetAllowed(long sourceId, long targetId, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT 1 FROM warehouse w JOIN org_unit ou ON ou.id = w.org_unit_id WHERE w.id = " + args.add(targetId)
                + " AND (" + scope.predicate("ou.path", null, args) + " OR (SELECT su.path FROM warehouse s JOIN org_unit su "
                + "ON su.id = s.org_unit_id WHERE s.id = " + args.add(sourceId) + ") LIKE ou.path || '%')";
        return query(sql, args, row -> true).map(rows -> !rows.isEmpty());
    }

    /** What a warehouse holds of each SKU and what is on its way in (transfers to it not yet received, drafts included). */
    public record PositionRow(long skuId, int onHand, int available, int safetyStock, int inbound) {
    }

    public Uni<List<PositionRow>> positions(long warehouseId) {
        String sql = "SELECT coalesce(l.sku_id, t.sku_id), coalesce(l.on_hand, 0), coalesce(l.on_hand - l.reserved, 0), coalesce(l.safety_stock, 0), "
                + "coalesce(t.inbound, 0)::integer FROM (SELECT sku_id, on_hand, reserved, safety_stock FROM stock_level WHERE warehouse_id = $1) l "
                + "FULL JOIN (SELECT tl.sku_id, sum(tl.quantity - tl.received - tl.written_off) AS inbound FROM stock_transfer t "
                + "JOIN stock_transfer_line tl ON tl.transfer_id = t.id WHERE t.target_warehouse_id = $1 "
                + "AND t.status IN ('DRAFT', 'SHIPPED', 'PARTIALLY_RECEIVED') GROUP BY tl.sku_id) t ON t.sku_id = l.sku_id";
        return PoolQueries.list(pool, sql, Tuple.of(warehouseId), row -> new PositionRow(row.getLong(0), row.getInteger(1), row.getInteger(2),
                row.getInteger(3), row.getInteger(4)));
    }

    /** The first dealer, regional or central warehouse of the warehouse's parent org unit; null when it has none. */
    public Uni<Long> supplyWarehouseOf(long warehouseId) {
        return PoolQueries.list(pool, "SELECT s.id FROM warehouse w JOIN org_unit u ON u.id = w.org_unit_id JOIN warehouse s ON s.org_unit_id = u.parent_id "
                + "AND s.type IN ('DEALER', 'REGIONAL', 'CENTRAL') WHERE w.id = $1 ORDER BY s.id LIMIT 1", Tuple.of(warehouseId), row -> row.getLong(0))
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    /** Every warehouse of a type, by id. */
    public Uni<List<Long>> warehousesOfType(WarehouseType type) {
        return PoolQueries.list(pool, "SELECT id FROM warehouse WHERE type = $1 ORDER BY id", Tuple.of(type.name()), row -> row.getLong(0));
    }

    /** The org unit's oldest warehouse of this type (a store's selling or damaged-goods warehouse); null when it has none. */
    public Uni<Long> firstWarehouseOf(long orgUnitId, WarehouseType type) {
        return PoolQueries.list(pool, "SELECT id FROM warehouse WHERE org_unit_id = $1 AND type = $2 ORDER BY id LIMIT 1",
                Tuple.of(orgUnitId, type.name()), row -> row.getLong(0)).map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    /** Warehouses by code, optionally of one org unit and everything below it. */
    public Uni<List<WarehouseRow>> warehousePage(DataScope scope, Long underOrgUnitId, String afterCode, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.warehouses(scope, underOrgUnitId, afterCode, args)
                .statement(InventoryReadModels.WAREHOUSE.plainColumns(), args.add(limit));
        return query(sql, args, InventoryReader::warehouse);
    }

    /** Each SKU's stock levels within the scope, by warehouse code, at most {@code perSku} each: as the planner reads them. */
    public Uni<List<StockLevelRow>> stockLevelsOfSkus(List<Long> skuIds, DataScope scope, int perSku) {
        SqlArgs args = new SqlArgs();
        // Distinct: a batch may hold one SKU twice (two fields reaching it), and the LATERAL would read it twice.
        String keys = args.add(skuIds.stream().distinct().toArray(Long[]::new));
        String sql = InventoryReadModels.stockLevelsOfSku(ReadRoot.Selection.PARENT_KEY, scope, args)
                .perParent(keys, InventoryReadModels.STOCK_LEVEL.plainColumns(), args.add(perSku));
        return query(sql, args, InventoryReader::stockLevel);
    }

    private static StockLevelRow stockLevel(Row row) {
        return new StockLevelRow(row.getLong("warehouse_id"), row.getLong("sku_id"), row.getInteger("on_hand"),
                row.getInteger("reserved"), row.getInteger("safety_stock"), row.getOffsetDateTime("updated_at"));
    }

    /** A warehouse's stock levels by SKU; none when the warehouse is outside the scope. */
    public Uni<List<StockLevelRow>> stockLevels(long warehouseId, DataScope scope, List<Long> skuIds, Long afterSkuId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.stockLevels(warehouseId, scope, skuIds, afterSkuId, args)
                .statement(InventoryReadModels.STOCK_LEVEL.plainColumns(), Integer.toString(limit));
        return query(sql, args, InventoryReader::stockLevel);
    }

    /** Ledger rows newest first, within the scope, filtered by warehouse, SKU and/or document. */
    public Uni<List<LedgerRow>> ledger(DataScope scope, Long warehouseId, Long skuId, List<String> documentTypes, Long documentId,
            Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = InventoryReadModels.ledger(scope, warehouseId, skuId, documentTypes, documentId, beforeId, args)
                .statement(InventoryReadModels.LEDGER_ENTRY.plainColumns() + ", lg.warehouse_id, lg.document_id", Integer.toString(limit));
        return query(sql, args, row -> new LedgerRow(row.getLong("id"), row.getLong("warehouse_id"),
                row.getLong("sku_id"), StockReason.valueOf(row.getString("reason")), row.getString("document_type"),
                row.getLong("document_id"), row.getString("actor"), row.getInteger("delta_on_hand"),
                row.getInteger("delta_reserved"), row.getInteger("on_hand_after"), row.getInteger("reserved_after"),
                row.getOffsetDateTime("created_at")));
    }

    /**
     * Where a SKU can be had, nearest first: warehouses inside the scope with available stock, ordered
     * by the number of tree edges between their org unit and {@code anchorOrgUnitId} (the root when null).
     */
    public Uni<List<AvailabilityRow>> availability(long skuId, DataScope scope, Long anchorOrgUnitId, int limit) {
        SqlArgs args = new SqlArgs();
        String sku = args.add(skuId);
        String anchor = args.add(anchorOrgUnitId);
        String sql = "WITH me AS (SELECT string_to_array(trim(both '/' from path), '/') AS p FROM org_unit "
                + "WHERE id = coalesce(" + anchor + "::bigint, (SELECT id FROM org_unit WHERE parent_id IS NULL))) "
                + "SELECT w.id, w.code, w.name, w.org_unit_id, w.type, s.on_hand - s.reserved AS available, "
                + "cardinality(me.p) + cardinality(u.p) - 2 * (SELECT count(*) FROM generate_series(1, "
                + "least(cardinality(me.p), cardinality(u.p))) i WHERE me.p[1:i] = u.p[1:i]) AS distance "
                + "FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id JOIN org_unit ou ON ou.id = w.org_unit_id "
                + "CROSS JOIN LATERAL (SELECT string_to_array(trim(both '/' from ou.path), '/') AS p) u CROSS JOIN me "
                + "WHERE s.sku_id = " + sku + " AND s.on_hand - s.reserved > 0 AND " + scope.predicate("ou.path", null, args)
                + " ORDER BY distance, available DESC, w.id LIMIT " + args.add(limit);
        return query(sql, args, row -> new AvailabilityRow(warehouse(row), row.getInteger("available"), row.getInteger("distance")));
    }

    /** A posted document's type, reason and reference, for replaying an idempotent post. */
    public Uni<Row> document(long id) {
        return pool.preparedQuery("SELECT id, type, reason, reference FROM stock_document WHERE id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next());
    }

    private static WarehouseRow warehouse(Row row) {
        return new WarehouseRow(row.getLong("id"), row.getString("code"), row.getString("name"), row.getLong("org_unit_id"),
                WarehouseType.valueOf(row.getString("type")));
    }

    private <T> Uni<List<T>> query(String sql, SqlArgs args, Function<Row, T> mapper) {
        return PoolQueries.list(pool, sql, args, mapper);
    }
}
