package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.EXCEEDS_SOLD;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.NOT_ON_ORDER;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.SELF_APPROVAL;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.retail.persistence.OrderStore;
import com.newretail.retail.persistence.ReturnStore;
import com.newretail.retail.persistence.ReturnStore.NewReturnLine;
import com.newretail.retail.persistence.ReturnStore.SoldLine;

import io.smallrye.mutiny.Uni;

/**
 * Returns: REQUESTED → APPROVED / REJECTED → REFUNDED ({@link ReturnRefunds}). A return names order
 * lines and quantities (at most what was sold minus what other returns already hold); its refund is
 * each line's total in proportion (the last units of a line refund the rest of its total, so a line
 * never refunds more than it cost). While the order's returns add up to at most the configured
 * amount (cumulative, so splitting a return does not avoid it) a return is approved when requested;
 * above it a store manager other than the requester decides (four eyes). An exchange is a return
 * plus a new sale.
 */
@ApplicationScoped
public class ReturnService {

    static final String LEDGER_KIND = "ORDER_RETURN";

    /** A returned order line. */
    public record ReturnLineDraft(int lineNo, int quantity, ReturnCondition condition) {
    }

    private final ReturnStore store;
    private final OrderStore orders;
    private final BigDecimal approvalThreshold;

    public ReturnService(ReturnStore store, OrderStore orders, RetailConfig config) {
        this.store = store;
        this.orders = orders;
        this.approvalThreshold = config.returnApprovalThreshold();
    }

    public Uni<Outcome<Long>> request(long orderId, ReturnReason reason, String note, List<ReturnLineDraft> lines, String actor) {
        List<RetailProblem> problems = check(reason, note, lines);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        // The order row lock serializes returns of one order, so two requests cannot both take the last unit.
        return store.lockOrder(orderId).chain(order -> {
            if (order.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such order", "orderId"));
            }
            if (!"COMPLETED".equals(order.get().status())) {
                return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "Only completed orders take returns", "orderId"));
            }
            return store.soldLines(orderId).chain(sold -> {
                List<RetailProblem> found = new ArrayList<>();
                List<NewReturnLine> rows = returnLines(lines, sold.stream().collect(Collectors.toMap(SoldLine::lineNo, Function.identity())), found);
                if (!found.isEmpty()) {
                    return Uni.createFrom().item(Outcome.refused(found));
                }
                BigDecimal total = rows.stream().map(NewReturnLine::refund).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal returnedBefore = sold.stream().map(SoldLine::refunded).reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean approved = returnedBefore.add(total).compareTo(approvalThreshold) <= 0;
                return store.insertReturn(orderId, approved ? "APPROVED" : "REQUESTED", reason.name(), note, total, actor, approved ? actor : null)
                        .call(returnId -> store.insertLines(returnId, rows))
                        .call(returnId -> orders.orderEvent(orderId, approved ? "RETURN_APPROVED" : "RETURN_REQUESTED", actor,
                                "Return " + returnId + " of " + total.toPlainString()))
                        .map(Outcome::of);
            });
        });
    }

    private static List<RetailProblem> check(ReturnReason reason, String note, List<ReturnLineDraft> lines) {
        List<RetailProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(RetailProblem.of(REQUIRED, "A reason is required", "input", "reason"));
        }
        if (note != null && note.length() > 255) {
            problems.add(RetailProblem.of(INVALID_VALUE, "The note is at most 255 characters", "input", "note"));
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(RetailProblem.of(REQUIRED, "Return at least one line", "input", "lines"));
            return problems;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).quantity() <= 0) {
                problems.add(RetailProblem.of(INVALID_VALUE, "Quantity must be at least 1", "input", "lines", String.valueOf(i), "quantity"));
            }
            if (lines.get(i).condition() == null) {
                problems.add(RetailProblem.of(REQUIRED, "The condition is required", "input", "lines", String.valueOf(i), "condition"));
            }
            if (!seen.add(lines.get(i).lineNo())) {
                problems.add(RetailProblem.of(INVALID_VALUE, "Line returned twice", "input", "lines", String.valueOf(i), "lineNo"));
            }
        }
        return problems;
    }

    /** The lines of the return with their refunds; what cannot be returned goes to {@code problems}. */
    private static List<NewReturnLine> returnLines(List<ReturnLineDraft> lines, Map<Integer, SoldLine> sold, List<RetailProblem> problems) {
        List<NewReturnLine> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReturnLineDraft line = lines.get(i);
            SoldLine orderLine = sold.get(line.lineNo());
            if (orderLine == null) {
                problems.add(RetailProblem.of(NOT_ON_ORDER, "The order has no line " + line.lineNo(), "input", "lines", String.valueOf(i), "lineNo"));
                continue;
            }
            int left = orderLine.quantity() - orderLine.returned();
            if (line.quantity() > left) {
                problems.add(RetailProblem.of(EXCEEDS_SOLD, "Only " + left + " of line " + line.lineNo() + " can still be returned",
                        "input", "lines", String.valueOf(i), "quantity"));
                continue;
            }
            BigDecimal refund = lineRefund(orderLine.lineTotal(), orderLine.quantity(), orderLine.returned(), orderLine.refunded(), line.quantity());
            rows.add(new NewReturnLine(line.lineNo(), orderLine.skuId(), line.quantity(), line.condition().name(), refund));
        }
        return rows;
    }

    /**
     * What returning {@code units} of a line refunds: its total in proportion to the units, rounded to
     * cents; the last units of a line refund the rest of its total, so a line never refunds more (or
     * less) than it cost, whatever the rounding of earlier returns.
     */
    static BigDecimal lineRefund(BigDecimal lineTotal, int sold, int alreadyReturned, BigDecimal alreadyRefunded, int units) {
        return units == sold - alreadyReturned ? lineTotal.subtract(alreadyRefunded)
                : lineTotal.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(sold), 2, RoundingMode.HALF_UP);
    }

    public Uni<Outcome<Long>> approve(long returnId, int expectedVersion, String actor) {
        return decide(returnId, expectedVersion, "APPROVED", actor);
    }

    public Uni<Outcome<Long>> reject(long returnId, int expectedVersion, String actor) {
        return decide(returnId, expectedVersion, "REJECTED", actor);
    }

    private Uni<Outcome<Long>> decide(long returnId, int expectedVersion, String status, String actor) {
        return locked(store, returnId, expectedVersion, "REQUESTED").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : "APPROVED".equals(status) ? store.requestedBy(returnId).chain(requester -> actor.equals(requester)
                        ? Uni.createFrom().item(Outcome.refused(SELF_APPROVAL, "You requested this return; another manager must approve it", "id"))
                        : record(returnId, status, actor))
                : record(returnId, status, actor));
    }

    private Uni<Outcome<Long>> record(long returnId, String status, String actor) {
        return store.decide(returnId, status, actor)
                .call(orderId -> orders.orderEvent(orderId, "RETURN_" + status, actor, "Return " + returnId))
                .map(ignored -> Outcome.of(returnId));
    }

    /** Locks the return; null when it is at {@code expectedVersion} and in status {@code allowed}, else the refusal. */
    static Uni<Outcome<Long>> locked(ReturnStore store, long returnId, int expectedVersion, String allowed) {
        return store.lockReturn(returnId).map(found -> {
            if (found.isEmpty()) {
                return Outcome.refused(NOT_FOUND, "No such return", "id");
            }
            if (found.get().version() != expectedVersion) {
                return Outcome.refused(STALE_VERSION, "The return changed meanwhile: version is " + found.get().version(), "expectedVersion");
            }
            if (!allowed.equals(found.get().status())) {
                return Outcome.refused(INVALID_STATUS, "The return is " + found.get().status() + ", not " + allowed, "id");
            }
            return null;
        });
    }
}
