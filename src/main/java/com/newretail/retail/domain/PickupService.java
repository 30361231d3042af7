package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockReservations;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * The later steps of a pickup order: pay (PENDING_PAYMENT → PAID), fulfil when the customer collects
 * (PAID → FULFILLED → COMPLETED; the reservation is committed, so stock leaves with SALE ledger rows),
 * or cancel before it is paid (the reservation is released). A paid order that is not collected is
 * returned through a return after fulfilment or refunded by the store; cancelling it is refused.
 */
@ApplicationScoped
public class PickupService {

    private final StockReservations reservations;

    public PickupService(StockReservations reservations) {
        this.reservations = reservations;
    }

    public Uni<Outcome> pay(long orderId, int expectedVersion, List<TenderLine> tenders, String actor) {
        List<RetailProblem> problems = CheckoutService.checkTenders(tenders);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return locked(orderId, expectedVersion, "PENDING_PAYMENT").chain(row -> {
            if (row.refusal() != null) {
                return Uni.createFrom().item(row.refusal());
            }
            BigDecimal change = CheckoutService.change(tenders, row.total());
            if (change == null) {
                return Uni.createFrom().item(Outcome.refused(List.of(CheckoutService.mismatch(tenders, row.total()))));
            }
            BigDecimal tendered = tenders.stream().map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return CheckoutService.writePayments(orderId, tenders)
                    .chain(() -> NativeSql.update("UPDATE retail_order SET status = 'PAID', paid = ?2, change_given = ?3, version = version + 1, "
                            + "shift_id = coalesce(shift_id, (SELECT id FROM shift WHERE store_id = retail_order.store_id AND cashier = ?4 "
                            + "AND status = 'OPEN')) WHERE id = ?1", orderId, tendered, change, actor))
                    .chain(() -> event(orderId, "PAID", actor, CheckoutService.describe(tenders, change)))
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
        return locked(orderId, expectedVersion, "PENDING_PAYMENT").chain(row -> row.refusal() != null ? Uni.createFrom().item(row.refusal())
                : NativeSql.scalars("SELECT status FROM stock_reservation WHERE id = ?1", String.class, row.reservationId())
                        .chain(status -> "ACTIVE".equals(status.get(0)) ? reservations.release(row.reservationId(), actor).replaceWithVoid()
                                : Uni.createFrom().voidItem())
                        .chain(() -> NativeSql.update("UPDATE retail_order SET status = 'CANCELLED', version = version + 1 WHERE id = ?1", orderId))
                        .chain(() -> event(orderId, "CANCELLED", actor, "Cancelled before payment; reserved stock released"))
                        .map(ignored -> Outcome.of(orderId)));
    }

    private record Locked(Outcome refusal, BigDecimal total, Long reservationId) {
    }

    private static Uni<Locked> locked(long orderId, int expectedVersion, String allowed) {
        return NativeSql.rows("SELECT status, version, total, coalesce(reservation_id, 0), kind FROM retail_order WHERE id = ?1 FOR UPDATE",
                orderId).map(rows -> {
                    if (rows.isEmpty()) {
                        return new Locked(Outcome.refused(NOT_FOUND, "No such order", "id"), null, null);
                    }
                    Object[] row = rows.get(0);
                    if (((Number) row[1]).intValue() != expectedVersion) {
                        return new Locked(Outcome.refused(STALE_VERSION, "The order changed meanwhile: version is " + row[1], "expectedVersion"),
                                null, null);
                    }
                    if (!"PICKUP".equals(row[4]) || !allowed.equals(row[0])) {
                        return new Locked(Outcome.refused(INVALID_STATUS, "The order is a " + row[4] + " in status " + row[0] + ", not a PICKUP "
                                + allowed, "id"), null, null);
                    }
                    return new Locked(null, new BigDecimal(row[2].toString()), ((Number) row[3]).longValue());
                });
    }

    private static Uni<Integer> event(long orderId, String type, String actor, String detail) {
        return NativeSql.update("INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, ?2, ?3, ?4)", orderId, type, actor, detail);
    }
}
