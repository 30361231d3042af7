package com.newretail.inventory.api;

import static com.newretail.inventory.domain.InventoryErrorCode.INSUFFICIENT_STOCK;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.domain.InventoryProblem;
import com.newretail.inventory.domain.StockReason;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The only way stock changes: each line is one statement that updates the stock level and appends
 * its ledger row together, inside the caller's transaction. Decrements are conditional
 * ({@code on_hand - reserved >= quantity}), so concurrent sales can never oversell; the database
 * CHECKs are the last line of defence. Lines are applied in SKU order so that concurrent documents
 * lock rows in the same order and cannot deadlock. Other modules (retail checkout, returns) use
 * this class.
 */
@ApplicationScoped
public class StockMovements {

    /** Result of a movement: empty problems on success. */
    public record Result(List<InventoryProblem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private static final String LEDGER_INSERT = "INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, "
            + "document_id, actor, delta_on_hand, delta_reserved, on_hand_after, reserved_after) ";

    /** Adds stock (receipts, returns, transfers in). */
    public Uni<Result> increase(long warehouseId, List<StockLine> lines, StockReason reason, String documentType,
            long documentId, String actor) {
        String sql = "WITH moved AS (INSERT INTO stock_level (warehouse_id, sku_id, on_hand) VALUES (?1, ?2, cast(?3 as integer)) "
                + "ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, "
                + "updated_at = now() RETURNING warehouse_id, sku_id, on_hand, reserved) "
                + LEDGER_INSERT + "SELECT warehouse_id, sku_id, ?4, ?5, ?6, ?7, cast(?3 as integer), 0, on_hand, reserved FROM moved";
        return apply(sql, warehouseId, lines, reason, documentType, documentId, actor);
    }

    /** Removes available stock (sales, damage, scrap, transfers out); refuses the whole set if any line is short. */
    public Uni<Result> decrease(long warehouseId, List<StockLine> lines, StockReason reason, String documentType,
            long documentId, String actor) {
        String sql = "WITH moved AS (UPDATE stock_level SET on_hand = on_hand - cast(?3 as integer), updated_at = now() "
                + "WHERE warehouse_id = ?1 AND sku_id = ?2 AND on_hand - reserved >= cast(?3 as integer) "
                + "RETURNING warehouse_id, sku_id, on_hand, reserved) "
                + LEDGER_INSERT + "SELECT warehouse_id, sku_id, ?4, ?5, ?6, ?7, -cast(?3 as integer), 0, on_hand, reserved FROM moved";
        return apply(sql, warehouseId, lines, reason, documentType, documentId, actor);
    }

    private Uni<Result> apply(String sql, long warehouseId, List<StockLine> lines, StockReason reason, String documentType,
            long documentId, String actor) {
        List<StockLine> ordered = lines.stream().sorted(Comparator.comparingLong(StockLine::skuId)).toList();
        Uni<Result> chain = Uni.createFrom().item(new Result(List.of()));
        for (StockLine line : ordered) {
            chain = chain.chain(result -> !result.succeeded() ? Uni.createFrom().item(result)
                    : Panache.getSession().chain(session -> session.createNativeQuery(sql)
                            .setParameter(1, warehouseId).setParameter(2, line.skuId()).setParameter(3, line.quantity())
                            .setParameter(4, reason.name()).setParameter(5, documentType).setParameter(6, documentId)
                            .setParameter(7, actor)
                            .executeUpdate())
                            .map(rows -> rows == 1 ? result : new Result(List.of(InventoryProblem.of(INSUFFICIENT_STOCK,
                                    "Not enough available stock of SKU " + com.newretail.platform.graphql.GlobalId.encode("Sku", line.skuId()) + " for " + line.quantity(), "input", "lines")))));
        }
        return chain;
    }
}
