package com.newretail.inventory.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.inventory.domain.InventoryErrorCode.BELOW_RESERVED;
import static com.newretail.inventory.domain.InventoryErrorCode.DUPLICATE_LINE;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_VALUE;
import static com.newretail.inventory.domain.InventoryErrorCode.NOT_FOUND;
import static com.newretail.inventory.domain.InventoryErrorCode.OUTSIDE_STOCKTAKE;
import static com.newretail.inventory.domain.InventoryErrorCode.REQUIRED;
import static com.newretail.inventory.domain.InventoryErrorCode.SELF_APPROVAL;
import static com.newretail.inventory.domain.InventoryErrorCode.STOCKTAKE_IN_PROGRESS;
import static com.newretail.inventory.domain.InventoryErrorCode.UNKNOWN_SKU;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;


import com.newretail.inventory.api.StockReason;
import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.persistence.DocumentLocks;
import com.newretail.inventory.persistence.StocktakeStore;
import com.newretail.platform.graphql.GlobalId;

import io.smallrye.mutiny.Uni;

/**
 * Stocktakes. Starting one freezes the book: each stock level of the warehouse (or of a category
 * subset) is copied as {@code frozen_on_hand}. Counters then record counts in batches, while sales and
 * moves go on; each count batch records when it was counted. At posting, under a lock on the stock
 * levels, each counted SKU is compared with the book when it was counted:
 * {@code expected = frozen + moves between the freeze and the SKU's last count} (= onHand now − the
 * ledger rows written after that count, since every change is a ledger row) and
 * {@code variance = counted − expected}. A unit counted and then sold before posting is therefore
 * not reported lost, and the stock after posting is the count plus what moved after it. Variances
 * are posted as STOCKTAKE ledger rows (adjustments)
 * in one transaction. When the total absolute variance exceeds the configured threshold the stocktake
 * waits in PENDING_APPROVAL for a manager. SKUs never counted are left as they are.
 */
@ApplicationScoped
public class StocktakeService {

    /** One count of a batch. */
    public record Count(long skuId, int quantity) {
    }

    /**
     * A counted line: today's stock, what moved since the SKU's last count, and the count. The book
     * the count is compared with is the stock at the count ({@code onHand − movedSinceCount}), so a
     * unit counted and then sold before posting is not a loss, and the stock after posting is
     * {@code counted + movedSinceCount}.
     */
    record Variance(long skuId, int onHand, int reserved, int counted, int movedSinceCount) {
        int bookAtCount() {
            return onHand - movedSinceCount;
        }

        int variance() {
            return counted - bookAtCount();
        }
    }

    static final String TYPE = "STOCKTAKE";
    private static final List<String> COUNTING = List.of("COUNTING");
    private static final List<String> PENDING = List.of("PENDING_APPROVAL");
    private static final List<String> OPEN = List.of("COUNTING", "PENDING_APPROVAL");

    private final StockMovements movements;
    private final SkuCatalog skus;
    private final StocktakeStore store;
    private final DocumentLocks locks;
    private final int approvalThreshold;

    public StocktakeService(StockMovements movements, SkuCatalog skus, StocktakeStore store, DocumentLocks locks, InventoryConfig config) {
        this.movements = movements;
        this.store = store;
        this.locks = locks;
        this.skus = skus;
        this.approvalThreshold = config.stocktake().approvalThresholdUnits();
    }

    public int approvalThreshold() {
        return approvalThreshold;
    }

    /** Freezes the book of the warehouse, or of the SKUs of a category (and its subcategories). */
    public Uni<Outcome<Long>> start(long warehouseId, Long categoryId, boolean blind, String actor) {
        Uni<Set<Long>> subset = categoryId == null ? Uni.createFrom().nullItem() : skus.skusInCategory(categoryId, null);
        return subset.chain(skuIds -> {
            if (categoryId != null && skuIds == null) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such category", "input", "categoryId"));
            }
            return store.lockWarehouseAndCountOpen(warehouseId).chain(open -> open > 0
                    ? Uni.createFrom().item(Outcome.refused(STOCKTAKE_IN_PROGRESS, "The warehouse already has an open stocktake",
                            "input", "warehouseId"))
                    : store.start(warehouseId, categoryId, blind, skuIds, actor).map(Outcome::of));
        });
    }

    /**
     * Adds a batch of counts. Counts of the same SKU from several batches add up (different shelves,
     * different counters); {@code replace} makes this batch's figures replace the SKU's earlier counts
     * (a recount). A SKU with no stock at the freeze may be counted (book 0) if it is in the category subset.
     */
    public Uni<Outcome<Long>> recordCounts(long id, String batch, boolean replace, List<Count> counts, String actor) {
        List<InventoryProblem> problems = shape(batch, counts);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        List<Long> skuIds = counts.stream().map(Count::skuId).toList();
        return store.lockHead(id).chain(head -> {
            if (head.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such stocktake", "id"));
            }
            if (!COUNTING.contains(head.get().status())) {
                return Uni.createFrom().item(Outcome.refused(InventoryErrorCode.INVALID_STATUS,
                        "Counts are closed: the stocktake is " + head.get().status(), "id"));
            }
            Long categoryId = head.get().categoryId();
            return skus.activeByIds(skuIds).chain(existing -> (categoryId == null ? Uni.createFrom().item(Set.copyOf(skuIds))
                    : skus.skusInCategory(categoryId, skuIds)).chain(inScope -> {
                        List<InventoryProblem> skuProblems = new ArrayList<>();
                        for (int i = 0; i < counts.size(); i++) {
                            long sku = counts.get(i).skuId();
                            if (!existing.containsKey(sku)) {
                                skuProblems.add(InventoryProblem.of(UNKNOWN_SKU, "No such SKU", "input", "counts", String.valueOf(i), "skuId"));
                            } else if (inScope == null || !inScope.contains(sku)) {
                                skuProblems.add(InventoryProblem.of(OUTSIDE_STOCKTAKE, "The SKU is outside the stocktake's category",
                                        "input", "counts", String.valueOf(i), "skuId"));
                            }
                        }
                        if (!skuProblems.isEmpty()) {
                            return Uni.createFrom().item(Outcome.refused(skuProblems));
                        }
                        return store.addCounts(id, skuIds, counts.stream().map(Count::quantity).toList(), batch, actor, replace)
                                .map(ignored -> Outcome.of(id));
                    }));
        });
    }

    /**
     * Ends counting. Within the threshold the variances are posted at once; above it the stocktake
     * waits for {@link #approve}.
     */
    public Uni<Outcome<Long>> post(long id, int expectedVersion, String actor) {
        return locked(id, expectedVersion, COUNTING, "post").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : variances(id).chain(variances -> {
                    int total = variances.stream().mapToInt(v -> Math.abs(v.variance())).sum();
                    if (total > approvalThreshold) {
                        return store.submit(id, actor).map(ignored -> Outcome.of(id));
                    }
                    return apply(id, variances, actor, false);
                }));
    }

    /** A manager accepts a stocktake above the threshold; variances are recomputed and posted now. */
    public Uni<Outcome<Long>> approve(long id, int expectedVersion, String actor) {
        return locked(id, expectedVersion, PENDING, "approve").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.submittedBy(id).chain(submitter -> actor.equals(submitter)
                        ? Uni.createFrom().item(Outcome.refused(SELF_APPROVAL, "You submitted this stocktake; another manager must approve it", "id"))
                        : variances(id).chain(variances -> apply(id, variances, actor, true))));
    }

    public Uni<Outcome<Long>> cancel(long id, int expectedVersion) {
        return locked(id, expectedVersion, OPEN, "cancel").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.cancel(id).map(ignored -> Outcome.of(id)));
    }

    /** Counted lines with their stock levels, locked (in SKU order) until the transaction ends. */
    private Uni<List<Variance>> variances(long id) {
        return store.lockCountedLines(id).map(lines -> lines.stream()
                .map(l -> new Variance(l.skuId(), l.onHand(), l.reserved(), l.counted(), l.movedSinceCount())).toList());
    }

    private Uni<Outcome<Long>> apply(long id, List<Variance> variances, String actor, boolean approved) {
        List<InventoryProblem> problems = new ArrayList<>();
        for (Variance v : variances) {
            if (v.onHand() + v.variance() < v.reserved()) {
                problems.add(InventoryProblem.of(BELOW_RESERVED, "SKU " + GlobalId.encode("Sku", v.skuId()) + " was counted "
                        + v.counted() + " but " + v.reserved() + " are reserved", "id"));
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.warehouseOf(id).chain(warehouse -> {
            StockMovements.Source source = new StockMovements.Source(StockReason.STOCKTAKE, TYPE, id, actor);
            List<StockLine> gains = variances.stream().filter(v -> v.variance() > 0).map(v -> new StockLine(v.skuId(), v.variance())).toList();
            List<StockLine> losses = variances.stream().filter(v -> v.variance() < 0).map(v -> new StockLine(v.skuId(), -v.variance())).toList();
            return movements.increase(warehouse, gains, source)
                    .chain(gained -> gained.succeeded() ? movements.decrease(warehouse, losses, source) : Uni.createFrom().item(gained))
                    .chain(result -> !result.succeeded() ? Uni.createFrom().item(Outcome.refused(result.problems()))
                            : store.markPosted(id, variances.stream().map(Variance::skuId).toList(),
                                    variances.stream().map(Variance::bookAtCount).toList(), actor, approved)
                                    .map(ignored -> Outcome.of(id)));
        });
    }

    private Uni<Outcome<Long>> locked(long id, int expectedVersion, List<String> allowed, String action) {
        return locks.lock(DocumentLocks.Table.STOCKTAKE, id).map(row -> VersionCheck.refusal(row, "stocktake", expectedVersion, allowed, action));
    }

    private static List<InventoryProblem> shape(String batch, List<Count> counts) {
        List<InventoryProblem> problems = new ArrayList<>();
        if (batch != null && batch.length() > 64) {
            problems.add(InventoryProblem.of(INVALID_VALUE, "Batch label is at most 64 characters", "input", "batch"));
        }
        if (counts == null || counts.isEmpty()) {
            problems.add(InventoryProblem.of(REQUIRED, "At least one count is required", "input", "counts"));
            return problems;
        }
        if (counts.size() > 1000) {
            problems.add(InventoryProblem.of(INVALID_VALUE, "At most 1000 counts per batch", "input", "counts"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i).quantity() < 0 || counts.get(i).quantity() > LineChecks.MAX_QUANTITY) {
                problems.add(InventoryProblem.of(INVALID_VALUE, "Counted quantity must be 0-" + LineChecks.MAX_QUANTITY, "input",
                        "counts", String.valueOf(i), "quantity"));
            }
            if (!seen.add(counts.get(i).skuId())) {
                problems.add(InventoryProblem.of(DUPLICATE_LINE, "SKU counted twice in one batch", "input", "counts",
                        String.valueOf(i), "skuId"));
            }
        }
        return problems;
    }
}
