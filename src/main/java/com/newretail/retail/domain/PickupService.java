package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockReservations;
import com.newretail.platform.persistence.NativeSql;
import com.newretail.retail.persistence.OrderStore;

import io.smallrye.mutiny.Uni;

/**
 * The later steps of a pickup order: pay (PENDING_PAYMENT → PAID), fulfil when the customer collects
 * (PAID → FULFILLED → COMPLETED; the reservation is committed, so stock leaves with SALE ledger rows),
 * or cancel before it is collected (the reservation is released). Cancelling a paid order refunds
 * it in full to the tenders it was paid with, recorded as a refunded return of every line (so shift
 * summaries and the order's returns show the money leaving); no stock moves, since none left.
 */
@ApplicationScoped
public class PickupService {

    private final StockReservations reservations;
    private final OrderStore orders;

    public PickupService(StockReservations reservations, OrderStore orders) {
        this.reservations = reservations;
        this.orders = orders;
    }

    public Uni<Outcome> pay(long orderId, int expectedVersion, List<TenderLine> tenders, String actor) {
        List<RetailProblem> problems = Tenders.check(tenders);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return locked(orderId, expectedVersion, "PENDING_PAYMENT").chain(row -> {
            if (row.refusal() != null) {
                return Uni.createFrom().item(row.refusal());
            }
            BigDecimal change = Tenders.change(tenders, row.total());
            if (change == null) {
                return Uni.createFrom().item(Outcome.refused(List.of(Tenders.mismatch(tenders, row.total()))));
            }
            BigDecimal tendered = tenders.stream().map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return orders.insertPayments(orderId, CheckoutService.payments(tenders))
                    .chain(() -> NativeSql.update("UPDATE retail_order SET status = 'PAID', paid = ?2, change_given = ?3, version = version + 1, "
                            + "shift_id = coalesce(shift_id, (SELECT id FROM shift WHERE store_id = retail_order.store_id AND cashier = ?4 "
                            + "AND status = 'OPEN')) WHERE id = ?1", orderId, tendered, change, actor))
                    .chain(() -> event(orderId, "PAID", actor, Tenders.describe(tenders, change)))
                    .map(ignored -> Outcome.of(orderId));
        });
    }

    public Uni<Outcome> fulfill(long orderId, int expectedVersion, String actor) {
        return locked(orderId, expectedVersion, "PAID").chain(row -> row.refusal() != null ? Uni.createFrom().item(row.refusal())
                : reservations.commit(row.reservationId(), actor).chain(committed -> !committed.succeeded()
                        ? Uni.createFrom().item(Outcome.refused("RESERVATION_EXPIRED".equals(committed.code()) ? INVALID_STATUS
                                : RetailErrorCode.INSUFFICIENT_STOCK, "The reserved stock cannot be handed over: " + committed.message(), "id"))
                        : NativeSql.update("UPDATE retail_order SET status = 'COMPLETED', version = version + 1 WHERE id = ?1", orderId)
                                .chain(() -> event(orderId, "FULFILLED", actor, "Collected by the customer"))
                                .chain(() -> event(orderId, "COMPLETED", actor, null))
                                .map(ignored -> Outcome.of(orderId))));
    }

    public Uni<Outcome> cancel(long orderId, int expectedVersion, String actor) {
        return locked(orderId, expectedVersion, "PENDING_PAYMENT", "PAID").chain(row -> row.refusal() != null ? Uni.createFrom().item(row.refusal())
                : reservations.isActive(row.reservationId())
                        .chain(active -> active ? reservations.release(row.reservationId(), actor).replaceWithVoid()
                                : Uni.createFrom().voidItem())
                        .chain(() -> "PAID".equals(row.status()) ? refundInFull(orderId, row.total(), actor)
                                : Uni.createFrom().item("Cancelled before payment; reserved stock released"))
                        .call(() -> NativeSql.update("UPDATE retail_order SET status = 'CANCELLED', version = version + 1 WHERE id = ?1", orderId))
                        .chain(detail -> event(orderId, "CANCELLED", actor, detail))
                        .map(ignored -> Outcome.of(orderId)));
    }

    /** Records the full refund of a paid order (cash net of the change given); returns the event detail. */
    private static Uni<String> refundInFull(long orderId, BigDecimal total, String actor) {
        return NativeSql.longValue("INSERT INTO order_return (order_id, status, reason, note, refund_total, requested_by, decided_by, "
                + "decided_at, refunded_by, refunded_at, refund_shift_id) SELECT ?1, 'REFUNDED', 'OTHER', 'Pickup order cancelled after payment', "
                + "?2, ?3, ?3, now(), ?3, now(), (SELECT s.id FROM shift s WHERE s.store_id = o.store_id AND s.cashier = ?3 AND s.status = 'OPEN') "
                + "FROM retail_order o WHERE o.id = ?1 RETURNING id", orderId, total, actor)
                .call(returnId -> NativeSql.update("INSERT INTO order_return_line (return_id, line_no, sku_id, quantity, condition, refund_amount) "
                        + "SELECT ?1, line_no, sku_id, quantity, 'SELLABLE', line_total FROM order_line WHERE order_id = ?2", returnId, orderId))
                .call(returnId -> NativeSql.update("INSERT INTO refund (return_id, tender, amount, reference) "
                        + "SELECT ?1, p.tender, sum(p.amount) - CASE WHEN p.tender = 'CASH' THEN max(o.change_given) ELSE 0 END, "
                        + "nullif(p.reference, '') FROM payment p JOIN retail_order o ON o.id = p.order_id WHERE p.order_id = ?2 "
                        + "GROUP BY p.tender, p.reference HAVING sum(p.amount) - CASE WHEN p.tender = 'CASH' THEN max(o.change_given) ELSE 0 END > 0",
                        returnId, orderId))
                .map(returnId -> "Cancelled after payment: " + total.toPlainString() + " refunded to the original tenders (return "
                        + returnId + "); reserved stock released");
    }

    private record Locked(Outcome refusal, String status, BigDecimal total, Long reservationId) {
    }

    private static Uni<Locked> locked(long orderId, int expectedVersion, String... allowed) {
        return NativeSql.rows("SELECT status, version, total, coalesce(reservation_id, 0), kind FROM retail_order WHERE id = ?1 FOR UPDATE",
                orderId).map(rows -> {
                    if (rows.isEmpty()) {
                        return new Locked(Outcome.refused(NOT_FOUND, "No such order", "id"), null, null, null);
                    }
                    Object[] row = rows.get(0);
                    if (((Number) row[1]).intValue() != expectedVersion) {
                        return new Locked(Outcome.refused(STALE_VERSION, "The order changed meanwhile: version is " + row[1], "expectedVersion"),
                                null, null, null);
                    }
                    if (!"PICKUP".equals(row[4]) || !List.of(allowed).contains(row[0])) {
                        return new Locked(Outcome.refused(INVALID_STATUS, "The order is a " + row[4] + " in status " + row[0] + ", not a PICKUP "
                                + String.join(" or ", allowed), "id"), null, null, null);
                    }
                    return new Locked(null, (String) row[0], new BigDecimal(row[2].toString()), ((Number) row[3]).longValue());
                });
    }

    private static Uni<Integer> event(long orderId, String type, String actor, String detail) {
        return NativeSql.update("INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, ?2, ?3, ?4)", orderId, type, actor, detail);
    }
}
