package com.newretail.supply.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of replenishment, inside the mutation's transaction. */
@ApplicationScoped
public class SupplyStore {

    /** A request as locked for a change. */
    public record Locked(long id, String status, int version, long warehouseId, long sourceWarehouseId) {
    }

    /** A line to write: the SKU, the quantity asked, what was suggested (null: not from a suggestion) and why. */
    public record NewLine(long skuId, int quantity, Integer suggestedQuantity, String reason) {
    }

    private static final String INSERT_REQUEST = """
            INSERT INTO replenishment_request (warehouse_id, source_warehouse_id, status, origin, note, requested_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""";

    private static final String INSERT_LINES = """
            INSERT INTO replenishment_request_line (request_id, line_no, sku_id, quantity, suggested_quantity, reason)
            SELECT ?1, t.n, t.sku, t.quantity, t.suggested, t.reason
            FROM unnest(?2::bigint[], ?3::int[], ?4::int[], ?5::text[]) WITH ORDINALITY AS t(sku, quantity, suggested, reason, n)""";

    private static final String LOCK = """
            SELECT id, status, version, warehouse_id, source_warehouse_id FROM replenishment_request WHERE id = ?1 FOR UPDATE""";

    private static final String LINES = "SELECT sku_id, quantity FROM replenishment_request_line WHERE request_id = ?1 ORDER BY line_no";

    private static final String SET_STATUS = """
            UPDATE replenishment_request SET status = ?2, version = version + 1 WHERE id = ?1""";

    private static final String DECIDE = """
            UPDATE replenishment_request SET status = ?2, version = version + 1, decided_by = ?3, decided_at = now(), decision_note = ?4,
                   transfer_id = cast(?5 as bigint)
            WHERE id = ?1""";

    private static final String DROP_NIGHTLY_LINES = """
            DELETE FROM replenishment_request_line WHERE request_id IN
                (SELECT id FROM replenishment_request WHERE warehouse_id = ?1 AND origin = 'NIGHTLY' AND status = 'DRAFT')""";

    private static final String DROP_NIGHTLY = "DELETE FROM replenishment_request WHERE warehouse_id = ?1 AND origin = 'NIGHTLY' AND status = 'DRAFT'";

    private static final String UPSERT_POLICY = """
            INSERT INTO replenishment_policy AS p (warehouse_id, sku_id, source_warehouse_id, lead_time_days, cover_days, min_quantity, max_quantity,
                                                   pack_size, updated_by)
            VALUES (?1, cast(?2 as bigint), cast(?3 as bigint), ?4, ?5, cast(?6 as integer), cast(?7 as integer), ?8, ?9)
            ON CONFLICT (warehouse_id, (coalesce(sku_id, 0))) DO UPDATE
                SET source_warehouse_id = EXCLUDED.source_warehouse_id, lead_time_days = EXCLUDED.lead_time_days, cover_days = EXCLUDED.cover_days,
                    min_quantity = EXCLUDED.min_quantity, max_quantity = EXCLUDED.max_quantity, pack_size = EXCLUDED.pack_size,
                    version = p.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()""";

    private static final String DROP_POLICY = "DELETE FROM replenishment_policy WHERE warehouse_id = ?1 AND coalesce(sku_id, 0) = ?2";

    public Uni<Long> insert(long warehouseId, long sourceWarehouseId, String status, String origin, String note, String actor, List<NewLine> lines) {
        return NativeSql.longValue(INSERT_REQUEST, warehouseId, sourceWarehouseId, status, origin, note, actor)
                .call(id -> NativeSql.update(INSERT_LINES, id, lines.stream().map(NewLine::skuId).toArray(Long[]::new),
                        lines.stream().map(NewLine::quantity).toArray(Integer[]::new),
                        lines.stream().map(NewLine::suggestedQuantity).toArray(Integer[]::new), lines.stream().map(NewLine::reason).toArray(String[]::new)));
    }

    public Uni<Optional<Locked>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(rows -> rows.stream().findFirst().map(row -> new Locked(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).intValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue())));
    }

    /** The request's SKUs and quantities, in line order. */
    public Uni<List<long[]>> lines(long id) {
        return NativeSql.rows(LINES, id).map(rows -> rows.stream().map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()})
                .toList());
    }

    public Uni<Void> setStatus(long id, String status) {
        return NativeSql.update(SET_STATUS, id, status).replaceWithVoid();
    }

    public Uni<Void> decide(long id, String status, String actor, String note, Long transferId) {
        return NativeSql.update(DECIDE, id, status, actor, note, transferId).replaceWithVoid();
    }

    /** Drops the warehouse's nightly draft (and its lines), if it has one. */
    public Uni<Void> dropNightlyDraft(long warehouseId) {
        return NativeSql.update(DROP_NIGHTLY_LINES, warehouseId).chain(() -> NativeSql.update(DROP_NIGHTLY, warehouseId)).replaceWithVoid();
    }

    public Uni<Void> setPolicy(long warehouseId, Long skuId, Long sourceWarehouseId, int leadTimeDays, int coverDays, Integer minQuantity,
            Integer maxQuantity, int packSize, String actor) {
        return NativeSql.update(UPSERT_POLICY, warehouseId, skuId, sourceWarehouseId, leadTimeDays, coverDays, minQuantity, maxQuantity, packSize, actor)
                .replaceWithVoid();
    }

    public Uni<Void> dropPolicy(long warehouseId, Long skuId) {
        return NativeSql.update(DROP_POLICY, warehouseId, skuId == null ? 0L : skuId).replaceWithVoid();
    }
}
