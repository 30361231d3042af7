package com.newretail.inventory.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.inventory.domain.InventoryErrorCode.EXCEEDS_SHIPPED;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_VALUE;
import static com.newretail.inventory.domain.InventoryErrorCode.NOT_ON_DOCUMENT;
import static com.newretail.inventory.domain.InventoryErrorCode.REQUIRED;
import static com.newretail.inventory.domain.InventoryErrorCode.SAME_WAREHOUSE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.persistence.DocumentLocks;
import com.newretail.inventory.persistence.TransferStore;
import com.newretail.inventory.persistence.TransferStore.OpenLine;
import com.newretail.inventory.persistence.TransferStore.ReportedShortfall;
import com.newretail.platform.graphql.GlobalId;

import io.smallrye.mutiny.Uni;

/**
 * Transfers between warehouses. DRAFT (editable, cancellable) → SHIPPED (stock left the source with
 * TRANSFER_OUT rows and is in transit) → PARTIALLY_RECEIVED / RECEIVED (TRANSFER_IN rows at the
 * target; shortfalls recorded as LOST or DAMAGED discrepancies) → CLOSED (whatever is still in transit
 * is written off as LOST). A shipped transfer is never cancelled: goods that must go back travel on a
 * new transfer in the other direction, so both ledgers keep the true history.
 */
@ApplicationScoped
public class TransferService {

    /** Goods missing from a shipment, reported by the receiver. */
    public record Discrepancy(long skuId, int quantity, DiscrepancyReason reason, String note) {
    }

    private static final String TYPE = "TRANSFER";
    private static final List<String> DRAFT = List.of("DRAFT");
    private static final List<String> IN_TRANSIT = List.of("SHIPPED", "PARTIALLY_RECEIVED");
    private static final List<String> CLOSABLE = List.of("SHIPPED", "PARTIALLY_RECEIVED", "RECEIVED");

    private final StockMovements movements;
    private final LineChecks checks;
    private final TransferStore store;
    private final DocumentLocks locks;

    public TransferService(StockMovements movements, LineChecks checks, TransferStore store, DocumentLocks locks) {
        this.movements = movements;
        this.checks = checks;
        this.store = store;
        this.locks = locks;
    }

    public Uni<Outcome<Long>> create(long sourceWarehouseId, long targetWarehouseId, String reference, List<StockLine> lines, String actor) {
        if (sourceWarehouseId == targetWarehouseId) {
            return Uni.createFrom().item(Outcome.refused(SAME_WAREHOUSE, "Source and target are the same warehouse", "input",
                    "targetWarehouseId"));
        }
        return checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                : store.insert(sourceWarehouseId, targetWarehouseId, reference, lines, actor).map(Outcome::of));
    }

    public Uni<Outcome<Long>> update(long id, int expectedVersion, String reference, List<StockLine> lines) {
        return locked(id, expectedVersion, DRAFT, "edit").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                        : store.edit(id, reference, lines).map(ignored -> Outcome.of(id))));
    }

    public Uni<Outcome<Long>> cancel(long id, int expectedVersion) {
        return locked(id, expectedVersion, DRAFT, "cancel").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.cancel(id).map(ignored -> Outcome.of(id)));
    }

    /** Stock leaves the source (TRANSFER_OUT); any short line refuses the shipment. */
    public Uni<Outcome<Long>> ship(long id, int expectedVersion, String actor) {
        return locked(id, expectedVersion, DRAFT, "ship").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.lines(id).chain(lines -> checks.activeSkus(lines.stream().map(l -> new StockLine(l.skuId(), l.quantity())).toList())
                        .chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                                : movements.decrease(lines.get(0).sourceWarehouseId(),
                                        lines.stream().map(l -> new StockLine(l.skuId(), l.quantity())).toList(),
                                        new StockMovements.Source(StockReason.TRANSFER_OUT, TYPE, id, actor))
                                        .chain(result -> !result.succeeded() ? Uni.createFrom().item(Outcome.refused(result.problems()))
                                                : store.ship(id).map(ignored -> Outcome.of(id))))));
    }

    /**
     * Books goods that arrived (TRANSFER_IN at the target) and shortfalls the receiver reports; per SKU
     * the received, written-off and newly reported quantities never exceed what was shipped.
     */
    public Uni<Outcome<Long>> receive(long id, int expectedVersion, List<StockLine> received, List<Discrepancy> discrepancies, String actor) {
        List<InventoryProblem> problems = new ArrayList<>();
        if (received.isEmpty() && discrepancies.isEmpty()) {
            problems.add(InventoryProblem.of(REQUIRED, "Receive at least one line or report a discrepancy", "input", "lines"));
        }
        problems.addAll(LineChecks.shapeIfAny(received, "lines"));
        for (int i = 0; i < discrepancies.size(); i++) {
            Discrepancy d = discrepancies.get(i);
            if (d.quantity() <= 0 || d.quantity() > LineChecks.MAX_QUANTITY) {
                problems.add(InventoryProblem.of(INVALID_VALUE, "Quantity must be 1-" + LineChecks.MAX_QUANTITY, "input",
                        "discrepancies", String.valueOf(i), "quantity"));
            }
            if (d.reason() == null) {
                problems.add(InventoryProblem.of(REQUIRED, "Reason is required", "input", "discrepancies", String.valueOf(i), "reason"));
            }
            if (d.note() != null && d.note().length() > 255) {
                problems.add(InventoryProblem.of(INVALID_VALUE, "Note is at most 255 characters", "input", "discrepancies",
                        String.valueOf(i), "note"));
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return locked(id, expectedVersion, IN_TRANSIT, "receive").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.lines(id).chain(lines -> {
                    Map<Long, OpenLine> bySku = new HashMap<>();
                    lines.forEach(line -> bySku.put(line.skuId(), line));
                    List<InventoryProblem> found = new ArrayList<>();
                    Map<Long, Integer> arriving = new HashMap<>();
                    for (int i = 0; i < received.size(); i++) {
                        claim(bySku, arriving, received.get(i).skuId(), received.get(i).quantity(), found, "lines", i);
                    }
                    for (int i = 0; i < discrepancies.size(); i++) {
                        claim(bySku, arriving, discrepancies.get(i).skuId(), discrepancies.get(i).quantity(), found, "discrepancies", i);
                    }
                    if (!found.isEmpty()) {
                        return Uni.createFrom().item(Outcome.refused(found));
                    }
                    long target = lines.get(0).targetWarehouseId();
                    Uni<StockMovements.Result> moved = received.isEmpty() ? Uni.createFrom().item(new StockMovements.Result(List.of()))
                            : movements.increase(target, received, new StockMovements.Source(StockReason.TRANSFER_IN, TYPE, id, actor));
                    return moved.chain(() -> store.receive(id, received, discrepancies.stream()
                            .map(d -> new ReportedShortfall(d.skuId(), d.quantity(), d.reason().name(), d.note())).toList(), actor))
                            .map(ignored -> Outcome.of(id));
                }));
    }

    /** Ends the transfer; anything still in transit is written off as LOST. */
    public Uni<Outcome<Long>> close(long id, int expectedVersion, String actor) {
        return locked(id, expectedVersion, CLOSABLE, "close").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.close(id, actor).map(ignored -> Outcome.of(id)));
    }

    private static void claim(Map<Long, OpenLine> bySku, Map<Long, Integer> arriving, long skuId, int quantity,
            List<InventoryProblem> problems, String list, int index) {
        OpenLine line = bySku.get(skuId);
        if (line == null) {
            problems.add(InventoryProblem.of(NOT_ON_DOCUMENT, "SKU " + GlobalId.encode("Sku", skuId) + " is not on this transfer",
                    "input", list, String.valueOf(index), "skuId"));
            return;
        }
        int total = arriving.merge(skuId, quantity, Integer::sum);
        int open = line.quantity() - line.received() - line.writtenOff();
        if (total > open) {
            problems.add(InventoryProblem.of(EXCEEDS_SHIPPED, "Only " + open + " of SKU " + GlobalId.encode("Sku", skuId)
                    + " are still in transit", "input", list, String.valueOf(index), "quantity"));
        }
    }

    private Uni<Outcome<Long>> locked(long id, int expectedVersion, List<String> allowed, String action) {
        return locks.lock(DocumentLocks.Table.STOCK_TRANSFER, id).map(row -> VersionCheck.refusal(row, "transfer", expectedVersion, allowed, action));
    }
}
