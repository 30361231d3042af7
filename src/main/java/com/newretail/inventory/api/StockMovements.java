package com.newretail.inventory.api;

import static com.newretail.inventory.domain.InventoryErrorCode.INSUFFICIENT_STOCK;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.inventory.domain.InventoryProblem;
import com.newretail.platform.graphql.GlobalId;

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

    /** Result of a movement: empty problems on success; {@code shortLine} is the line that could not move. */
    public record Result(List<InventoryProblem> problems, StockLine shortLine) {
        public Result(List<InventoryProblem> problems) {
            this(problems, null);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }

        /** The first problem in words, for callers that report it under their own code. */
        public String message() {
            return problems.isEmpty() ? null : problems.get(0).message();
        }
    }

    /** Where the document that caused a movement is, for the ledger. */
    public record Source(StockReason reason, String documentType, long documentId, String actor) {
    }

    private final SkuCatalog skus;

    public StockMovements(SkuCatalog skus) {
        this.skus = skus;
    }

    private static final String LEDGER_INSERT = "INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, "
            + "document_id, actor, delta_on_hand, delta_reserved, on_hand_after, reserved_after) ";
    private static final String RETURNING = " RETURNING warehouse_id, sku_id, on_hand, reserved) ";

    private static final String INCREASE = "WITH moved AS (INSERT INTO stock_level (warehouse_id, sku_id, on_hand) "
            + "VALUES (?1, ?2, cast(?3 as integer)) ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET "
            + "on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = now()" + RETURNING
            + LEDGER_INSERT + "SELECT warehouse_id, sku_id, ?4, ?5, ?6, ?7, cast(?3 as integer), 0, on_hand, reserved FROM moved";

    private static final String DECREASE = update("on_hand = on_hand - cast(?3 as integer)",
            "on_hand - reserved >= cast(?3 as integer)", "-cast(?3 as integer), 0");

    private static final String RESERVE = update("reserved = reserved + cast(?3 as integer)",
            "on_hand - reserved >= cast(?3 as integer)", "0, cast(?3 as integer)");

    private static final String RELEASE = update("reserved = reserved - cast(?3 as integer)",
            "reserved >= cast(?3 as integer)", "0, -cast(?3 as integer)");

    private static final String COMMIT_RESERVED = update("on_hand = on_hand - cast(?3 as integer), reserved = reserved - cast(?3 as integer)",
            "reserved >= cast(?3 as integer)", "-cast(?3 as integer), -cast(?3 as integer)");

    private static String update(String set, String condition, String deltas) {
        return "WITH moved AS (UPDATE stock_level SET " + set + ", updated_at = now() WHERE warehouse_id = ?1 AND sku_id = ?2 AND "
                + condition + RETURNING + LEDGER_INSERT + "SELECT warehouse_id, sku_id, ?4, ?5, ?6, ?7, " + deltas
                + ", on_hand, reserved FROM moved";
    }

    /** Adds stock (receipts, returns, transfers in, stocktake gains). */
    public Uni<Result> increase(long warehouseId, List<StockLine> lines, Source source) {
        return apply(INCREASE, warehouseId, lines, source, INSUFFICIENT_STOCK);
    }

    /** Removes available stock (sales, damage, scrap, transfers out); refuses the whole set if any line is short. */
    public Uni<Result> decrease(long warehouseId, List<StockLine> lines, Source source) {
        return apply(DECREASE, warehouseId, lines, source, INSUFFICIENT_STOCK);
    }

    /** Holds available stock for an order: {@code reserved} rises, {@code onHand} stays. */
    public Uni<Result> reserve(long warehouseId, List<StockLine> lines, Source source) {
        return apply(RESERVE, warehouseId, lines, source, INSUFFICIENT_STOCK);
    }

    /** Gives held stock back to available. */
    public Uni<Result> release(long warehouseId, List<StockLine> lines, Source source) {
        return apply(RELEASE, warehouseId, lines, source, InventoryErrorCode.RESERVATION_MISMATCH);
    }

    /** Takes held stock out: both {@code onHand} and {@code reserved} fall (a reserved order is picked up). */
    public Uni<Result> commitReserved(long warehouseId, List<StockLine> lines, Source source) {
        return apply(COMMIT_RESERVED, warehouseId, lines, source, InventoryErrorCode.RESERVATION_MISMATCH);
    }

    private Uni<Result> apply(String sql, long warehouseId, List<StockLine> lines, Source source, InventoryErrorCode shortCode) {
        List<StockLine> ordered = lines.stream().sorted(Comparator.comparingLong(StockLine::skuId)).toList();
        Uni<Result> chain = Uni.createFrom().item(new Result(List.of()));
        for (StockLine line : ordered) {
            chain = chain.chain(result -> !result.succeeded() ? Uni.createFrom().item(result)
                    : Panache.getSession().chain(session -> session.createNativeQuery(sql)
                            .setParameter(1, warehouseId).setParameter(2, line.skuId()).setParameter(3, line.quantity())
                            .setParameter(4, source.reason().name()).setParameter(5, source.documentType())
                            .setParameter(6, source.documentId()).setParameter(7, source.actor())
                            .executeUpdate())
                            .chain(rows -> rows == 1 ? Uni.createFrom().item(result) : shortfall(line, shortCode)));
        }
        return chain;
    }

    /** The refusal for a line that could not move, naming its SKU by code (one lookup, only on failure). */
    private Uni<Result> shortfall(StockLine line, InventoryErrorCode code) {
        return skus.views(List.of(line.skuId())).map(found -> {
            String sku = found.containsKey(line.skuId()) ? found.get(line.skuId()).getCode() : GlobalId.encode("Sku", line.skuId());
            String message = (code == INSUFFICIENT_STOCK ? "Not enough available stock of SKU " : "Not enough reserved stock of SKU ")
                    + sku + " for " + line.quantity();
            return new Result(List.of(InventoryProblem.of(code, message, "input", "lines")), line);
        });
    }
}
