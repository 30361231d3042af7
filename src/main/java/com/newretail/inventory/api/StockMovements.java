package com.newretail.inventory.api;

import static com.newretail.inventory.domain.InventoryErrorCode.INSUFFICIENT_STOCK;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.integration.api.IntegrationEvents;
import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.inventory.domain.InventoryProblem;
import com.newretail.inventory.persistence.StockMovementStore;
import com.newretail.inventory.persistence.StockMovementStore.Movement;
import com.newretail.platform.graphql.GlobalId;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

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
    private final StockMovementStore store;
    private final IntegrationEvents events;

    public StockMovements(SkuCatalog skus, StockMovementStore store, IntegrationEvents events) {
        this.skus = skus;
        this.store = store;
        this.events = events;
    }

    /** Adds stock (receipts, returns, transfers in, stocktake gains). */
    public Uni<Result> increase(long warehouseId, List<StockLine> lines, Source source) {
        return apply(Movement.INCREASE, warehouseId, lines, source, INSUFFICIENT_STOCK);
    }

    /** Removes available stock (sales, damage, scrap, transfers out); refuses the whole set if any line is short. */
    public Uni<Result> decrease(long warehouseId, List<StockLine> lines, Source source) {
        return apply(Movement.DECREASE, warehouseId, lines, source, INSUFFICIENT_STOCK);
    }

    /** Holds available stock for an order: {@code reserved} rises, {@code onHand} stays. */
    public Uni<Result> reserve(long warehouseId, List<StockLine> lines, Source source) {
        return apply(Movement.RESERVE, warehouseId, lines, source, INSUFFICIENT_STOCK);
    }

    /** Gives held stock back to available. */
    public Uni<Result> release(long warehouseId, List<StockLine> lines, Source source) {
        return apply(Movement.RELEASE, warehouseId, lines, source, InventoryErrorCode.RESERVATION_MISMATCH);
    }

    /** Takes held stock out: both {@code onHand} and {@code reserved} fall (a reserved order is picked up). */
    public Uni<Result> commitReserved(long warehouseId, List<StockLine> lines, Source source) {
        return apply(Movement.COMMIT_RESERVED, warehouseId, lines, source, InventoryErrorCode.RESERVATION_MISMATCH);
    }

    private Uni<Result> apply(Movement movement, long warehouseId, List<StockLine> lines, Source source, InventoryErrorCode shortCode) {
        return moveLines(movement, warehouseId, lines, source, shortCode).call(result -> result.succeeded()
                ? announce(movement, warehouseId, lines, source) : Uni.createFrom().voidItem());
    }

    /**
     * {@code inventory.stock.adjusted.v1} for on-hand changes other than sales and customer returns (their
     * retail events carry them): receipts, issues, transfers, stocktakes, reservations picked up.
     */
    private Uni<Void> announce(Movement movement, long warehouseId, List<StockLine> lines, Source source) {
        int sign = switch (movement) {
            case INCREASE -> 1;
            case DECREASE, COMMIT_RESERVED -> -1;
            default -> 0;
        };
        if (sign == 0 || source.reason() == StockReason.SALE || source.reason() == StockReason.RETURN) {
            return Uni.createFrom().voidItem();
        }
        String warehouse = GlobalId.encode("Warehouse", warehouseId);
        JsonArray moved = new JsonArray();
        lines.stream().sorted(Comparator.comparingLong(StockLine::skuId))
                .forEach(line -> moved.add(new JsonObject().put("skuId", GlobalId.encode("Sku", line.skuId())).put("delta", sign * line.quantity())));
        JsonObject data = new JsonObject().put("warehouseId", warehouse).put("reason", source.reason().name())
                .put("documentType", source.documentType()).put("documentId", source.documentId()).put("actor", source.actor()).put("lines", moved);
        return events.publish(IntegrationEvents.STOCK_ADJUSTED, "Warehouse", warehouseId, warehouse, data);
    }

    /**
     * Lines of different SKUs move in one statement; a line whose stock is short is reported (the first
     * in SKU order, as one at a time would find it) and the caller's transaction rolls back what moved.
     * A list naming a SKU twice moves line by line, each with its own ledger row.
     */
    private Uni<Result> moveLines(Movement movement, long warehouseId, List<StockLine> lines, Source source, InventoryErrorCode shortCode) {
        List<StockLine> ordered = lines.stream().sorted(Comparator.comparingLong(StockLine::skuId)).toList();
        if (ordered.size() > 1 && ordered.stream().map(StockLine::skuId).distinct().count() == ordered.size()) {
            return store.moveAll(movement, warehouseId, ordered.stream().map(StockLine::skuId).toList(),
                    ordered.stream().map(StockLine::quantity).toList(), source.reason().name(), source.documentType(), source.documentId(),
                    source.actor())
                    .chain(moved -> ordered.stream().filter(line -> !moved.contains(line.skuId())).findFirst()
                            .map(line -> shortfall(line, shortCode)).orElseGet(() -> Uni.createFrom().item(new Result(List.of()))));
        }
        return oneByOne(movement, warehouseId, ordered, source, shortCode);
    }

    private Uni<Result> oneByOne(Movement movement, long warehouseId, List<StockLine> ordered, Source source, InventoryErrorCode shortCode) {
        Uni<Result> chain = Uni.createFrom().item(new Result(List.of()));
        for (StockLine line : ordered) {
            chain = chain.chain(result -> !result.succeeded() ? Uni.createFrom().item(result)
                    : store.move(movement, warehouseId, line.skuId(), line.quantity(), source.reason().name(), source.documentType(),
                            source.documentId(), source.actor())
                            .chain(moved -> moved ? Uni.createFrom().item(result) : shortfall(line, shortCode)));
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
