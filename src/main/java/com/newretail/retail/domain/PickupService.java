package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerPurchases;
import com.newretail.inventory.api.StockReservations;
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
    private final CustomerPurchases purchases;
    private final SaleCredits credits;

    public PickupService(StockReservations reservations, OrderStore orders, CustomerPurchases purchases, SaleCredits credits) {
        this.reservations = reservations;
        this.orders = orders;
        this.purchases = purchases;
        this.credits = credits;
    }

    public Uni<Outcome<Long>> pay(long orderId, int expectedVersion, List<TenderLine> tenders, String actor) {
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
                    .chain(() -> orders.markPaid(orderId, tendered, change, actor))
                    .chain(() -> event(orderId, "PAID", actor, Tenders.describe(tenders, change)))
                    .call(() -> row.order().customerId() == null ? Uni.createFrom().voidItem() : orders.purchasedLines(orderId)
                            .chain(lines -> purchases.paid(row.order().customerId(), row.total(), row.order().currency(), OffsetDateTime.now(), lines)))
                    .call(() -> credits.paid(orderId))
                    .map(ignored -> Outcome.of(orderId));
        });
    }

    public Uni<Outcome<Long>> fulfill(long orderId, int expectedVersion, String actor) {
        return locked(orderId, expectedVersion, "PAID").chain(row -> row.refusal() != null ? Uni.createFrom().item(row.refusal())
                : reservations.commit(row.reservationId(), actor).chain(committed -> !committed.succeeded()
                        ? Uni.createFrom().item(Outcome.refused("RESERVATION_EXPIRED".equals(committed.code()) ? INVALID_STATUS
                                : RetailErrorCode.INSUFFICIENT_STOCK, "The reserved stock cannot be handed over: " + committed.message(), "id"))
                        : orders.setStatus(orderId, "COMPLETED")
                                .chain(() -> event(orderId, "FULFILLED", actor, "Collected by the customer"))
                                .chain(() -> event(orderId, "COMPLETED", actor, null))
                                .map(ignored -> Outcome.of(orderId))));
    }

    public Uni<Outcome<Long>> cancel(long orderId, int expectedVersion, String actor) {
        return locked(orderId, expectedVersion, "PENDING_PAYMENT", "PAID").chain(row -> row.refusal() != null ? Uni.createFrom().item(row.refusal())
                : reservations.isActive(row.reservationId())
                        .chain(active -> active ? reservations.release(row.reservationId(), actor).replaceWithVoid()
                                : Uni.createFrom().voidItem())
                        .chain(() -> "PAID".equals(row.status()) ? refundInFull(orderId, row.total(), actor)
                                .call(() -> row.order().customerId() == null ? Uni.createFrom().voidItem() : orders.purchasedLines(orderId)
                                        .chain(lines -> purchases.cancelled(row.order().customerId(), row.total(), lines)))
                                .call(() -> credits.cancelled(orderId))
                                : Uni.createFrom().item("Cancelled before payment; reserved stock released"))
                        .call(() -> orders.setStatus(orderId, "CANCELLED"))
                        .chain(detail -> event(orderId, "CANCELLED", actor, detail))
                        .map(ignored -> Outcome.of(orderId)));
    }

    /** Records the full refund of a paid order (cash net of the change given); returns the event detail. */
    private Uni<String> refundInFull(long orderId, BigDecimal total, String actor) {
        return orders.refundInFull(orderId, total, actor).map(returnId -> "Cancelled after payment: " + total.toPlainString()
                + " refunded to the original tenders (return " + returnId + "); reserved stock released");
    }

    private record Locked(Outcome<Long> refusal, String status, BigDecimal total, Long reservationId, OrderStore.OrderState order) {
    }

    private Uni<Locked> locked(long orderId, int expectedVersion, String... allowed) {
        return orders.lockOrder(orderId).map(found -> {
            if (found.isEmpty()) {
                return new Locked(Outcome.refused(NOT_FOUND, "No such order", "id"), null, null, null, null);
            }
            OrderStore.OrderState order = found.get();
            if (order.version() != expectedVersion) {
                return new Locked(Outcome.refused(STALE_VERSION, "The order changed meanwhile: version is " + order.version(), "expectedVersion"),
                        null, null, null, null);
            }
            if (!"PICKUP".equals(order.kind()) || !List.of(allowed).contains(order.status())) {
                return new Locked(Outcome.refused(INVALID_STATUS, "The order is a " + order.kind() + " in status " + order.status()
                        + ", not a PICKUP " + String.join(" or ", allowed), "id"), null, null, null, null);
            }
            return new Locked(null, order.status(), order.total(), order.reservationId() == null ? 0L : order.reservationId(), order);
        });
    }

    private Uni<Integer> event(long orderId, String type, String actor, String detail) {
        return orders.orderEvent(orderId, type, actor, detail);
    }
}
