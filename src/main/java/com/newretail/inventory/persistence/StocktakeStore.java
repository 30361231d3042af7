package com.newretail.inventory.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Stocktakes' rows in the current transaction: the locks they take, the book they freeze, counts and postings. */
@ApplicationScoped
public class StocktakeStore {

    /** Status and category subset of a stocktake, read under its row lock. */
    public record Head(String status, Long categoryId) {
    }

    /** A counted line with today's stock level and what moved since the SKU's last count. */
    public record CountedLine(long skuId, int onHand, int reserved, int counted, int movedSinceCount) {
    }

    /** Locks the warehouse, so that two starts cannot both pass the "no open stocktake" check. */
    private static final String LOCK_WAREHOUSE = "SELECT id FROM warehouse WHERE id = ?1 FOR NO KEY UPDATE";

    private static final String OPEN_COUNT = """
            SELECT count(*) FROM stocktake WHERE warehouse_id = ?1 AND status IN ('COUNTING', 'PENDING_APPROVAL')""";

    private static final String INSERT = """
            INSERT INTO stocktake (warehouse_id, category_id, blind, status, started_by)
            VALUES (?1, nullif(cast(?2 as bigint), 0), ?3, 'COUNTING', ?4) RETURNING id""";

    private static final String FREEZE = """
            INSERT INTO stocktake_line (stocktake_id, sku_id, frozen_on_hand)
            SELECT ?1, sku_id, on_hand FROM stock_level
            WHERE warehouse_id = ?2 AND (cast(?3 as boolean) OR sku_id = ANY(cast(?4 as bigint[])))""";

    private static final String LOCK_HEAD = "SELECT status, category_id FROM stocktake WHERE id = ?1 FOR UPDATE";

    /** A SKU with no stock at the freeze gets a line with book 0 when first counted. */
    private static final String ADD_LINES = """
            INSERT INTO stocktake_line (stocktake_id, sku_id, frozen_on_hand)
            SELECT ?1, unnest(cast(?2 as bigint[])), 0 ON CONFLICT DO NOTHING""";

    private static final String INSERT_COUNTS = """
            INSERT INTO stocktake_count (stocktake_id, sku_id, quantity, batch, counter)
            SELECT ?1, unnest(cast(?2 as bigint[])), unnest(cast(?3 as integer[])), ?4, ?5""";

    private static final String ADD_TO_LINES = """
            UPDATE stocktake_line l
            SET counted = CASE WHEN cast(?4 as boolean) THEN c.quantity ELSE coalesce(l.counted, 0) + c.quantity END
            FROM (SELECT unnest(cast(?2 as bigint[])) AS sku_id, unnest(cast(?3 as integer[])) AS quantity) c
            WHERE l.stocktake_id = ?1 AND l.sku_id = c.sku_id""";

    private static final String SUBMIT = """
            UPDATE stocktake SET status = 'PENDING_APPROVAL', submitted_by = ?2, submitted_at = now(), version = version + 1,
                   updated_at = now()
            WHERE id = ?1""";

    private static final String SUBMITTED_BY = "SELECT submitted_by, id FROM stocktake WHERE id = ?1";

    private static final String CANCEL = """
            UPDATE stocktake SET status = 'CANCELLED', closed_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    /** Every counted SKU gets a stock level row, created in SKU order (the order the levels are then locked in). */
    private static final String ENSURE_LEVELS = """
            INSERT INTO stock_level (warehouse_id, sku_id)
            SELECT t.warehouse_id, l.sku_id FROM stocktake t JOIN stocktake_line l ON l.stocktake_id = t.id
            WHERE t.id = ?1 AND l.counted IS NOT NULL
            ORDER BY l.sku_id ON CONFLICT DO NOTHING""";

    private static final String COUNTED_LINES = """
            SELECT s.sku_id, s.on_hand, s.reserved, l.counted,
                   (SELECT coalesce(sum(g.delta_on_hand), 0) FROM stock_ledger g
                    WHERE g.warehouse_id = t.warehouse_id AND g.sku_id = l.sku_id
                      AND g.created_at > (SELECT max(c.counted_at) FROM stocktake_count c
                                          WHERE c.stocktake_id = t.id AND c.sku_id = l.sku_id))
            FROM stocktake t
            JOIN stocktake_line l ON l.stocktake_id = t.id
            JOIN stock_level s ON s.warehouse_id = t.warehouse_id AND s.sku_id = l.sku_id
            WHERE t.id = ?1 AND l.counted IS NOT NULL
            ORDER BY s.sku_id FOR UPDATE OF s""";

    private static final String WAREHOUSE_OF = "SELECT warehouse_id FROM stocktake WHERE id = ?1";

    private static final String RECORD_VARIANCES = """
            UPDATE stocktake_line l SET expected = v.on_hand, variance = l.counted - v.on_hand
            FROM (SELECT unnest(cast(?2 as bigint[])) AS sku_id, unnest(cast(?3 as integer[])) AS on_hand) v
            WHERE l.stocktake_id = ?1 AND l.sku_id = v.sku_id""";

    private static final String POSTED_AT_SUBMISSION = """
            UPDATE stocktake SET status = 'POSTED', posted_at = now(), closed_at = now(), submitted_by = ?2, submitted_at = now(),
                   version = version + 1, updated_at = now()
            WHERE id = ?1""";

    private static final String POSTED_AT_APPROVAL = """
            UPDATE stocktake SET status = 'POSTED', posted_at = now(), closed_at = now(), approved_by = ?2,
                   version = version + 1, updated_at = now()
            WHERE id = ?1""";

    /** Locks the warehouse; the number of its open (counting or pending) stocktakes. */
    public Uni<Long> lockWarehouseAndCountOpen(long warehouseId) {
        return NativeSql.longValue(LOCK_WAREHOUSE, warehouseId).chain(() -> NativeSql.longValue(OPEN_COUNT, warehouseId));
    }

    /** Starts a stocktake and freezes the book of the warehouse, or only of {@code skuIds} when given. */
    public Uni<Long> start(long warehouseId, Long categoryId, boolean blind, Set<Long> skuIds, String actor) {
        return NativeSql.longValue(INSERT, warehouseId, categoryId == null ? 0L : categoryId, blind, actor)
                .call(id -> NativeSql.update(FREEZE, id, warehouseId, skuIds == null, skuIds == null ? new Long[0] : skuIds.toArray(Long[]::new)));
    }

    public Uni<Optional<Head>> lockHead(long id) {
        return NativeSql.rows(LOCK_HEAD, id).map(rows -> rows.stream().findFirst()
                .map(row -> new Head((String) row[0], row[1] == null ? null : ((Number) row[1]).longValue())));
    }

    /** Records a batch of counts; {@code replace} makes them replace the SKUs' earlier counts. */
    public Uni<Void> addCounts(long id, List<Long> skuIds, List<Integer> quantities, String batch, String actor, boolean replace) {
        Long[] ids = skuIds.toArray(Long[]::new);
        Integer[] counted = quantities.toArray(Integer[]::new);
        return NativeSql.update(ADD_LINES, id, ids)
                .chain(() -> NativeSql.update(INSERT_COUNTS, id, ids, counted, batch == null ? "" : batch, actor))
                .chain(() -> NativeSql.update(ADD_TO_LINES, id, ids, counted, replace))
                .replaceWithVoid();
    }

    public Uni<Integer> submit(long id, String actor) {
        return NativeSql.update(SUBMIT, id, actor);
    }

    public Uni<String> submittedBy(long id) {
        return NativeSql.rows(SUBMITTED_BY, id).map(rows -> (String) rows.get(0)[0]);
    }

    public Uni<Integer> cancel(long id) {
        return NativeSql.update(CANCEL, id);
    }

    /** Counted lines with their stock levels, locked (in SKU order) until the transaction ends. */
    public Uni<List<CountedLine>> lockCountedLines(long id) {
        return NativeSql.update(ENSURE_LEVELS, id).chain(() -> NativeSql.rows(COUNTED_LINES, id))
                .map(rows -> rows.stream().map(row -> new CountedLine(((Number) row[0]).longValue(), intValue(row[1]), intValue(row[2]),
                        intValue(row[3]), intValue(row[4]))).toList());
    }

    public Uni<Long> warehouseOf(long id) {
        return NativeSql.longValue(WAREHOUSE_OF, id);
    }

    /** Marks the stocktake POSTED with each line's book at its count; by the submitter, or by the approver. */
    public Uni<Integer> markPosted(long id, List<Long> skuIds, List<Integer> bookAtCount, String actor, boolean approved) {
        return NativeSql.update(RECORD_VARIANCES, id, skuIds.toArray(Long[]::new), bookAtCount.toArray(Integer[]::new))
                .chain(() -> NativeSql.update(approved ? POSTED_AT_APPROVAL : POSTED_AT_SUBMISSION, id, actor));
    }

    private static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
