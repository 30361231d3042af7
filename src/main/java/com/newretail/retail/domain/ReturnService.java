package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.EXCEEDS_SOLD;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.NOT_ON_ORDER;
import static com.newretail.retail.domain.RetailErrorCode.NO_DAMAGED_WAREHOUSE;
import static com.newretail.retail.domain.RetailErrorCode.REFUND_MISMATCH;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.SELF_APPROVAL;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;
import static com.newretail.retail.domain.RetailErrorCode.UNKNOWN_TENDER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;


import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockLocations;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.api.StockReason;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * Returns: REQUESTED → APPROVED / REJECTED → REFUNDED. A return names order lines and quantities (at
 * most what was sold minus what other returns already hold); its refund is each line's total in
 * proportion (the last units of a line refund the rest of its total, so a line never refunds more
 * than it cost). While the order's returns add up to at most the configured amount (cumulative, so
 * splitting a return does not avoid it) a return is approved when requested; above it a store
 * manager other than the requester decides (four eyes). Refunding pays back by tender (the order's own tenders in payment order unless
 * given) and restocks: SELLABLE to the selling warehouse, DAMAGED to the store's DAMAGED warehouse,
 * as RETURN ledger rows. An exchange is a return plus a new sale.
 */
@ApplicationScoped
public class ReturnService {

    static final String LEDGER_KIND = "ORDER_RETURN";

    /** A returned order line. */
    public record ReturnLineDraft(int lineNo, int quantity, ReturnCondition condition) {
    }

    private final StockMovements movements;
    private final StockLocations locations;
    private final BigDecimal approvalThreshold;

    public ReturnService(StockMovements movements, StockLocations locations,
            RetailConfig config) {
        this.movements = movements;
        this.locations = locations;
        this.approvalThreshold = config.returnApprovalThreshold();
    }

    public Uni<Outcome> request(long orderId, ReturnReason reason, String note, List<ReturnLineDraft> lines, String actor) {
        List<RetailProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(RetailProblem.of(REQUIRED, "A reason is required", "input", "reason"));
        }
        if (note != null && note.length() > 255) {
            problems.add(RetailProblem.of(INVALID_VALUE, "The note is at most 255 characters", "input", "note"));
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(RetailProblem.of(REQUIRED, "Return at least one line", "input", "lines"));
        } else {
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
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        // The order row lock serializes returns of one order, so two requests cannot both take the last unit.
        return NativeSql.rows("SELECT status, currency FROM retail_order WHERE id = ?1 FOR UPDATE", orderId).chain(orders -> {
            if (orders.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such order", "orderId"));
            }
            if (!"COMPLETED".equals(orders.get(0)[0])) {
                return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "Only completed orders take returns", "orderId"));
            }
            return NativeSql.rows("SELECT l.line_no, l.sku_id, l.quantity, l.line_total, "
                    + "coalesce((SELECT sum(rl.quantity) FROM order_return_line rl JOIN order_return r ON r.id = rl.return_id "
                    + "WHERE r.order_id = l.order_id AND rl.line_no = l.line_no AND r.status <> 'REJECTED'), 0), "
                    + "coalesce((SELECT sum(rl.refund_amount) FROM order_return_line rl JOIN order_return r ON r.id = rl.return_id "
                    + "WHERE r.order_id = l.order_id AND rl.line_no = l.line_no AND r.status <> 'REJECTED'), 0) "
                    + "FROM order_line l WHERE l.order_id = ?1", orderId).chain(sold -> {
                        Map<Integer, Object[]> byLine = new HashMap<>();
                        sold.forEach(row -> byLine.put(((Number) row[0]).intValue(), row));
                        List<RetailProblem> found = new ArrayList<>();
                        List<Object[]> rows = new ArrayList<>();
                        BigDecimal total = BigDecimal.ZERO;
                        for (int i = 0; i < lines.size(); i++) {
                            ReturnLineDraft line = lines.get(i);
                            Object[] orderLine = byLine.get(line.lineNo());
                            if (orderLine == null) {
                                found.add(RetailProblem.of(NOT_ON_ORDER, "The order has no line " + line.lineNo(), "input", "lines",
                                        String.valueOf(i), "lineNo"));
                                continue;
                            }
                            int quantity = ((Number) orderLine[2]).intValue();
                            int returned = ((Number) orderLine[4]).intValue();
                            if (line.quantity() > quantity - returned) {
                                found.add(RetailProblem.of(EXCEEDS_SOLD, "Only " + (quantity - returned) + " of line " + line.lineNo()
                                        + " can still be returned", "input", "lines", String.valueOf(i), "quantity"));
                                continue;
                            }
                            BigDecimal refund = lineRefund(new BigDecimal(orderLine[3].toString()), quantity, returned,
                                    new BigDecimal(orderLine[5].toString()), line.quantity());
                            total = total.add(refund);
                            rows.add(new Object[] { line.lineNo(), orderLine[1], line.quantity(), line.condition().name(), refund });
                        }
                        if (!found.isEmpty()) {
                            return Uni.createFrom().item(Outcome.refused(found));
                        }
                        BigDecimal returnedBefore = sold.stream().map(row -> new BigDecimal(row[5].toString()))
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                        boolean approved = returnedBefore.add(total).compareTo(approvalThreshold) <= 0;
                        BigDecimal refundTotal = total;
                        return NativeSql.longValue("INSERT INTO order_return (order_id, status, reason, note, refund_total, requested_by, "
                                + "decided_by, decided_at) VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, nullif(?7, ''), "
                                + "CASE WHEN ?2 = 'APPROVED' THEN now() END) RETURNING id", orderId, approved ? "APPROVED" : "REQUESTED",
                                reason.name(), note == null ? "" : note, refundTotal, actor, approved ? actor : "")
                                .call(returnId -> NativeSql.update("INSERT INTO order_return_line (return_id, line_no, sku_id, quantity, condition, "
                                        + "refund_amount) SELECT ?1, n, s, q, c, cast(a as numeric(14, 2)) FROM unnest(cast(?2 as integer[]), "
                                        + "cast(?3 as bigint[]), cast(?4 as integer[]), cast(?5 as text[]), cast(?6 as text[])) AS t(n, s, q, c, a)",
                                        returnId, rows.stream().map(r -> (Integer) r[0]).toArray(Integer[]::new),
                                        rows.stream().map(r -> ((Number) r[1]).longValue()).toArray(Long[]::new),
                                        rows.stream().map(r -> (Integer) r[2]).toArray(Integer[]::new),
                                        rows.stream().map(r -> (String) r[3]).toArray(String[]::new),
                                        rows.stream().map(r -> ((BigDecimal) r[4]).toPlainString()).toArray(String[]::new)))
                                .call(returnId -> event(orderId, approved ? "RETURN_APPROVED" : "RETURN_REQUESTED", actor,
                                        "Return " + returnId + " of " + refundTotal.toPlainString()))
                                .map(Outcome::of);
                    });
        });
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

    public Uni<Outcome> approve(long returnId, int expectedVersion, String actor) {
        return decide(returnId, expectedVersion, "APPROVED", actor);
    }

    public Uni<Outcome> reject(long returnId, int expectedVersion, String actor) {
        return decide(returnId, expectedVersion, "REJECTED", actor);
    }

    private Uni<Outcome> decide(long returnId, int expectedVersion, String status, String actor) {
        return locked(returnId, expectedVersion, "REQUESTED").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : "APPROVED".equals(status) ? requestedBy(returnId).chain(requester -> actor.equals(requester)
                        ? Uni.createFrom().item(Outcome.refused(SELF_APPROVAL, "You requested this return; another manager must approve it", "id"))
                        : record(returnId, status, actor))
                : record(returnId, status, actor));
    }

    private static Uni<String> requestedBy(long returnId) {
        return NativeSql.rows("SELECT requested_by, id FROM order_return WHERE id = ?1", returnId).map(rows -> (String) rows.get(0)[0]);
    }

    private static Uni<Outcome> record(long returnId, String status, String actor) {
        return NativeSql.longValue("UPDATE order_return SET status = ?2, decided_by = ?3, decided_at = now(), version = version + 1 "
                        + "WHERE id = ?1 RETURNING order_id", returnId, status, actor)
                        .call(orderId -> event(orderId, "RETURN_" + status, actor, "Return " + returnId))
                        .map(ignored -> Outcome.of(returnId));
    }

    /** Pays back and restocks an approved return; {@code refunds} empty means the order's own tenders. */
    public Uni<Outcome> refund(long returnId, int expectedVersion, List<TenderLine> refunds, String actor) {
        // The order row lock (taken before the return's, as requests take it) serializes refunds of one
        // order: two returns refunded at once cannot both spend what a tender has left.
        return NativeSql.rows("SELECT o.id FROM retail_order o JOIN order_return r ON r.order_id = o.id WHERE r.id = ?1 "
                + "FOR UPDATE OF o", returnId).chain(ignored -> locked(returnId, expectedVersion, "APPROVED")).chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : NativeSql.rows("SELECT r.order_id, r.refund_total, o.store_id, o.warehouse_id FROM order_return r "
                        + "JOIN retail_order o ON o.id = r.order_id WHERE r.id = ?1", returnId).chain(rows -> {
                            long orderId = ((Number) rows.get(0)[0]).longValue();
                            BigDecimal total = new BigDecimal(rows.get(0)[1].toString());
                            long store = ((Number) rows.get(0)[2]).longValue();
                            long warehouse = ((Number) rows.get(0)[3]).longValue();
                            return refundable(orderId).chain(available -> {
                                List<TenderLine> plan = new ArrayList<>();
                                List<RetailProblem> problems = plan(refunds, available, total, plan);
                                return !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                                        : restock(returnId, store, warehouse, actor).chain(restocked -> !restocked.succeeded()
                                                ? Uni.createFrom().item(restocked)
                                                : pay(returnId, orderId, plan, actor));
                            });
                        }));
    }

    /** What each tender of the order can still refund: paid (cash net of change) minus earlier refunds. */
    private static Uni<Map<String, BigDecimal>> refundable(long orderId) {
        return NativeSql.rows("SELECT p.tender, sum(p.amount) - CASE WHEN p.tender = 'CASH' THEN max(o.change_given) ELSE 0 END "
                + "- coalesce((SELECT sum(f.amount) FROM refund f JOIN order_return r ON r.id = f.return_id "
                + "WHERE r.order_id = o.id AND f.tender = p.tender), 0), min(p.id) FROM payment p JOIN retail_order o ON o.id = p.order_id "
                + "WHERE p.order_id = ?1 GROUP BY p.tender, o.id ORDER BY min(p.id)", orderId)
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> new BigDecimal(row[1].toString()),
                        (a, b) -> a, LinkedHashMap::new)));
    }

    /**
     * Splits a refund over tenders: with none given, the order's own tenders in payment order, each up
     * to what it can still refund; given ones must be the order's, within what each can still refund,
     * and add up to the total. Fills {@code plan}; returns the problems.
     */
    static List<RetailProblem> plan(List<TenderLine> refunds, Map<String, BigDecimal> available, BigDecimal total, List<TenderLine> plan) {
        List<RetailProblem> problems = new ArrayList<>();
        if (refunds.isEmpty()) {
            BigDecimal left = total;
            for (Map.Entry<String, BigDecimal> tender : available.entrySet()) {
                BigDecimal take = left.min(tender.getValue());
                if (take.signum() > 0) {
                    plan.add(new TenderLine(Tender.valueOf(tender.getKey()), take, null));
                    left = left.subtract(take);
                }
            }
            return plan.isEmpty() && total.signum() > 0 ? List.of(RetailProblem.of(REFUND_MISMATCH, "Nothing left to refund", "input")) : problems;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Map<String, BigDecimal> taken = new HashMap<>();
        for (int i = 0; i < refunds.size(); i++) {
            TenderLine refund = refunds.get(i);
            if (refund.tender() == null || refund.amount() == null || refund.amount().signum() <= 0
                    || refund.amount().stripTrailingZeros().scale() > 2) {
                problems.add(RetailProblem.of(INVALID_VALUE, "A refund needs a tender and an amount above 0 with at most 2 decimals",
                        "input", "refunds", String.valueOf(i)));
                continue;
            }
            BigDecimal room = available.get(refund.tender().name());
            BigDecimal after = taken.merge(refund.tender().name(), refund.amount(), BigDecimal::add);
            if (room == null || after.compareTo(room) > 0) {
                problems.add(RetailProblem.of(UNKNOWN_TENDER, room == null ? "The order was not paid with " + refund.tender()
                        : "At most " + room + " can be refunded to " + refund.tender(), "input", "refunds", String.valueOf(i), "tender"));
            }
            sum = sum.add(refund.amount());
            plan.add(refund);
        }
        if (problems.isEmpty() && sum.compareTo(total) != 0) {
            problems.add(RetailProblem.of(REFUND_MISMATCH, "Refunds of " + sum + " do not add up to " + total, "input", "refunds"));
        }
        return problems;
    }

    private Uni<Outcome> restock(long returnId, long store, long warehouse, String actor) {
        return NativeSql.rows("SELECT sku_id, sum(quantity), condition FROM order_return_line WHERE return_id = ?1 GROUP BY sku_id, condition",
                returnId).chain(rows -> {
                    List<StockLine> sellable = new ArrayList<>();
                    List<StockLine> damaged = new ArrayList<>();
                    for (Object[] row : rows) {
                        StockLine line = new StockLine(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
                        ("DAMAGED".equals(row[2]) ? damaged : sellable).add(line);
                    }
                    StockMovements.Source source = new StockMovements.Source(StockReason.RETURN, LEDGER_KIND, returnId, actor);
                    Uni<Long> damagedWarehouse = damaged.isEmpty() ? Uni.createFrom().nullItem() : locations.damagedWarehouseOf(store);
                    return damagedWarehouse.chain(target -> {
                        if (!damaged.isEmpty() && target == null) {
                            return Uni.createFrom().item(Outcome.refused(NO_DAMAGED_WAREHOUSE, "The store has no DAMAGED warehouse", "id"));
                        }
                        return movements.increase(warehouse, sellable, source)
                                .chain(() -> damaged.isEmpty() ? Uni.createFrom().item(new StockMovements.Result(List.of()))
                                        : movements.increase(target, damaged, source))
                                .map(result -> Outcome.of(returnId));
                    });
                });
    }

    private static Uni<Outcome> pay(long returnId, long orderId, List<TenderLine> plan, String actor) {
        String detail = plan.stream().map(t -> t.tender() + " " + t.amount().toPlainString()).collect(Collectors.joining(", "));
        return NativeSql.update("INSERT INTO refund (return_id, tender, amount, reference) SELECT ?1, t, cast(a as numeric(14, 2)), nullif(r, '') "
                + "FROM unnest(cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[])) AS x(t, a, r)", returnId,
                plan.stream().map(t -> t.tender().name()).toArray(String[]::new),
                plan.stream().map(t -> t.amount().toPlainString()).toArray(String[]::new),
                plan.stream().map(t -> t.reference() == null ? "" : t.reference()).toArray(String[]::new))
                .chain(() -> NativeSql.update("UPDATE order_return SET status = 'REFUNDED', refunded_by = ?2, refunded_at = now(), "
                        + "refund_shift_id = (SELECT s.id FROM shift s JOIN retail_order o ON o.store_id = s.store_id WHERE o.id = ?3 "
                        + "AND s.cashier = ?2 AND s.status = 'OPEN'), version = version + 1 WHERE id = ?1", returnId, actor, orderId))
                .chain(() -> event(orderId, "REFUNDED", actor, "Return " + returnId + ": " + detail))
                .map(ignored -> Outcome.of(returnId));
    }

    private static Uni<Integer> event(long orderId, String type, String actor, String detail) {
        return NativeSql.update("INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, ?2, ?3, ?4)", orderId, type, actor, detail);
    }

    private static Uni<Outcome> locked(long returnId, int expectedVersion, String allowed) {
        return NativeSql.rows("SELECT status, version FROM order_return WHERE id = ?1 FOR UPDATE", returnId).map(rows -> {
            if (rows.isEmpty()) {
                return Outcome.refused(NOT_FOUND, "No such return", "id");
            }
            if (((Number) rows.get(0)[1]).intValue() != expectedVersion) {
                return Outcome.refused(STALE_VERSION, "The return changed meanwhile: version is " + rows.get(0)[1], "expectedVersion");
            }
            if (!allowed.equals(rows.get(0)[0])) {
                return Outcome.refused(INVALID_STATUS, "The return is " + rows.get(0)[0] + ", not " + allowed, "id");
            }
            return null;
        });
    }
}
