package com.newretail.inventory.persistence;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * The statements that change stock quantities, in the current transaction. Each one changes stock
 * levels and appends their ledger rows in the same statement; a decrease is conditional, so it
 * changes no row (and writes no ledger row) when the stock is short.
 */
@ApplicationScoped
public class StockMovementStore {

    /**
     * One kind of change, for one SKU line (parameters: ?1 warehouse, ?2 SKU, ?3 quantity, ?4 reason,
     * ?5 document type, ?6 document id, ?7 actor) or for several SKUs at once (?2 SKUs, ?3 quantities).
     */
    public enum Movement {
        /** Adds on hand; creates the level when the warehouse never held the SKU. */
        INCREASE("""
                WITH moved AS (
                    INSERT INTO stock_level (warehouse_id, sku_id, on_hand) VALUES (?1, ?2, cast(?3 as integer))
                    ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = now()
                    RETURNING warehouse_id, sku_id, on_hand, reserved, cast(?3 as integer) AS qty)
                """ + ledger("qty, 0"), """
                WITH moved AS (
                    INSERT INTO stock_level AS l (warehouse_id, sku_id, on_hand)
                    SELECT ?1, t.sku_id, t.qty FROM unnest(?2::bigint[], ?3::int[]) AS t(sku_id, qty) ORDER BY t.sku_id
                    ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET on_hand = l.on_hand + EXCLUDED.on_hand, updated_at = now()
                    RETURNING l.warehouse_id, l.sku_id, l.on_hand, l.reserved,
                              (SELECT t.qty FROM unnest(?2::bigint[], ?3::int[]) AS t(sku_id, qty) WHERE t.sku_id = l.sku_id) AS qty)
                """ + ledger("qty, 0") + " RETURNING sku_id"),
        /** Takes available stock out. */
        DECREASE("on_hand = on_hand - {q}", "on_hand - reserved >= {q}", "-qty, 0"),
        /** Holds available stock. */
        RESERVE("reserved = reserved + {q}", "on_hand - reserved >= {q}", "0, qty"),
        /** Gives held stock back to available. */
        RELEASE("reserved = reserved - {q}", "reserved >= {q}", "0, -qty"),
        /** Takes held stock out: on hand and reserved both fall. */
        COMMIT_RESERVED("on_hand = on_hand - {q}, reserved = reserved - {q}", "reserved >= {q}", "-qty, -qty");

        private final String one;
        private final String many;

        Movement(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** A conditional update: {@code set} and {@code condition} use {q} for the quantity, {@code deltas} use qty. */
        Movement(String set, String condition, String deltas) {
            this(update(set.replace("{q}", "cast(?3 as integer)"), condition.replace("{q}", "cast(?3 as integer)")) + ledger(deltas),
                    updateMany(set.replace("{q}", "w.qty"), condition.replace("{q}", "w.qty")) + ledger(deltas) + " RETURNING sku_id");
        }
    }

    private static String update(String set, String condition) {
        return """
                WITH moved AS (
                    UPDATE stock_level SET %s, updated_at = now()
                    WHERE warehouse_id = ?1 AND sku_id = ?2 AND %s
                    RETURNING warehouse_id, sku_id, on_hand, reserved, cast(?3 as integer) AS qty)
                """.formatted(set, condition);
    }

    /**
     * Several SKUs in one statement. Their rows are locked first in SKU order (as the one-line
     * statements run in SKU order), so two movements never wait on each other in a cycle.
     */
    private static String updateMany(String set, String condition) {
        return """
                WITH wanted AS (SELECT t.sku_id, t.qty FROM unnest(?2::bigint[], ?3::int[]) AS t(sku_id, qty)),
                locked AS (SELECT l.sku_id FROM stock_level l WHERE l.warehouse_id = ?1 AND l.sku_id = ANY(?2::bigint[])
                           ORDER BY l.sku_id FOR UPDATE),
                moved AS (
                    UPDATE stock_level SET %s, updated_at = now() FROM wanted w
                    WHERE warehouse_id = ?1 AND stock_level.sku_id = w.sku_id AND stock_level.sku_id IN (SELECT sku_id FROM locked) AND %s
                    RETURNING warehouse_id, stock_level.sku_id, on_hand, reserved, w.qty)
                """.formatted(set, condition);
    }

    /** The ledger rows of the moved levels; {@code deltas} are the on-hand and reserved changes (of {@code qty}). */
    private static String ledger(String deltas) {
        return """
                INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor,
                                          delta_on_hand, delta_reserved, on_hand_after, reserved_after)
                SELECT warehouse_id, sku_id, ?4, ?5, ?6, ?7, %s, on_hand, reserved FROM moved""".formatted(deltas);
    }

    /** Applies one movement of one SKU line; false when the stock was short (nothing changed). */
    public Uni<Boolean> move(Movement movement, long warehouseId, long skuId, int quantity, String reason, String documentType,
            long documentId, String actor) {
        return NativeSql.update(movement.one, warehouseId, skuId, quantity, reason, documentType, documentId, actor)
                .map(rows -> rows == 1);
    }

    /**
     * Applies one movement to several SKUs, each at most once, in one statement; returns the SKUs that
     * moved (a short one changed nothing and wrote no ledger row).
     */
    public Uni<Set<Long>> moveAll(Movement movement, long warehouseId, List<Long> skuIds, List<Integer> quantities, String reason,
            String documentType, long documentId, String actor) {
        return NativeSql.scalars(movement.many, Long.class, warehouseId, skuIds.toArray(Long[]::new), quantities.toArray(Integer[]::new),
                reason, documentType, documentId, actor).map(Set::copyOf);
    }
}
