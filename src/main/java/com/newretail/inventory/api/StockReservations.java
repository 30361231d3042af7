package com.newretail.inventory.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.mutation.Outcome;
import com.newretail.inventory.domain.ReservationService;

import io.smallrye.mutiny.Uni;

/**
 * Reservations for other modules (pickup orders), inside the caller's transaction. Results carry the
 * refusal as a code name and message, so callers report it under their own error codes.
 */
@ApplicationScoped
public class StockReservations {

    /** The reservation's id, or why it was refused (e.g. code INSUFFICIENT_STOCK, RESERVATION_EXPIRED). */
    public record Result(Long id, String code, String message) {
        public boolean succeeded() {
            return code == null;
        }
    }

    private final ReservationService reservations;

    public StockReservations(ReservationService reservations) {
        this.reservations = reservations;
    }

    public Uni<Result> reserve(long warehouseId, List<StockLine> lines, OffsetDateTime expiresAt, String reference, String actor) {
        return reservations.reserve(warehouseId, lines, expiresAt, reference, actor).map(StockReservations::result);
    }

    /** The goods leave with the customer (SALE ledger rows). */
    public Uni<Result> commit(long reservationId, String actor) {
        return reservations.commit(reservationId, actor).map(StockReservations::result);
    }

    /** Whether the reservation still holds stock (neither released, committed nor expired). */
    public Uni<Boolean> isActive(long reservationId) {
        return reservations.isActive(reservationId);
    }

    public Uni<Result> release(long reservationId, String actor) {
        return reservations.release(reservationId, actor).map(StockReservations::result);
    }

    private static Result result(Outcome<Long> outcome) {
        return outcome.succeeded() ? new Result(outcome.value(), null, null)
                : new Result(null, outcome.problems().get(0).code().name(), outcome.problems().get(0).message());
    }
}
