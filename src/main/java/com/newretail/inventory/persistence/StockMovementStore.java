package com.newretail.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * The statements that change stock quantities, in the current transaction. Each one changes one
 * stock level and appends its ledger row in the same statement; a decrease is conditional, so it
 * changes no row (and writes no ledger row) when the stock is short.
 */
@ApplicationScoped
public class StockMovementStore {

    /** One kind of change; parameters: ?1 warehouse, ?2 SKU, ?3 quantity, ?4 reason, ?5 document type, ?6 document id, ?7 actor. */
    public enum Movement {
        /** Adds on hand; creates the level when the warehouse never held the SKU. */
        INCREASE("""
                WITH moved AS (
                    INSERT INTO stock_level (warehouse_id, sku_id, on_hand) VALUES (?1, ?2, cast(?3 as integer))
                    ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = now()
                    RETURNING warehouse_id, sku_id, on_hand, reserved)
                """ + ledger("cast(?3 as integer), 0")),
        /** Takes available stock out. */
        DECREASE(update("on_hand = on_hand - cast(?3 as integer)", "on_hand - reserved >= cast(?3 as integer)",
                "-cast(?3 as integer), 0")),
        /** Holds available stock. */
        RESERVE(update("reserved = reserved + cast(?3 as integer)", "on_hand - reserved >= cast(?3 as integer)",
                "0, cast(?3 as integer)")),
        /** Gives held stock back to available. */
        RELEASE(update("reserved = reserved - cast(?3 as integer)", "reserved >= cast(?3 as integer)",
                "0, -cast(?3 as integer)")),
        /** Takes held stock out: on hand and reserved both fall. */
        COMMIT_RESERVED(update("on_hand = on_hand - cast(?3 as integer), reserved = reserved - cast(?3 as integer)",
                "reserved >= cast(?3 as integer)", "-cast(?3 as integer), -cast(?3 as integer)"));

        private final String sql;

        Movement(String sql) {
            this.sql = sql;
        }
    }

    private static String update(String set, String condition, String deltas) {
        return """
                WITH moved AS (
                    UPDATE stock_level SET %s, updated_at = now()
                    WHERE warehouse_id = ?1 AND sku_id = ?2 AND %s
                    RETURNING warehouse_id, sku_id, on_hand, reserved)
                """.formatted(set, condition) + ledger(deltas);
    }

    /** The ledger row of the moved level; {@code deltas} are the on-hand and reserved changes. */
    private static String ledger(String deltas) {
        return """
                INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor,
                                          delta_on_hand, delta_reserved, on_hand_after, reserved_after)
                SELECT warehouse_id, sku_id, ?4, ?5, ?6, ?7, %s, on_hand, reserved FROM moved""".formatted(deltas);
    }

    /** Applies one movement of one SKU line; false when the stock was short (nothing changed). */
    public Uni<Boolean> move(Movement movement, long warehouseId, long skuId, int quantity, String reason, String documentType,
            long documentId, String actor) {
        return NativeSql.update(movement.sql, warehouseId, skuId, quantity, reason, documentType, documentId, actor)
                .map(rows -> rows == 1);
    }
}
