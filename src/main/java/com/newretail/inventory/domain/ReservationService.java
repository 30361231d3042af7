package com.newretail.inventory.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_STATUS;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_VALUE;
import static com.newretail.inventory.domain.InventoryErrorCode.NOT_FOUND;
import static com.newretail.inventory.domain.InventoryErrorCode.REQUIRED;
import static com.newretail.inventory.domain.InventoryErrorCode.RESERVATION_EXPIRED;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.persistence.ReservationStore;

import io.smallrye.mutiny.Uni;

/**
 * Reservations hold available stock for orders awaiting pickup: {@code reserved} rises (RESERVE rows),
 * and the hold ends by release (RELEASE rows), commit (the goods leave: SALE rows lowering both
 * onHand and reserved) or expiry (RELEASE rows written by the expiry sweep). ACTIVE is the only
 * status that can change.
 */
@ApplicationScoped
public class ReservationService {

    static final String TYPE = "RESERVATION";
    static final Duration LONGEST_HOLD = Duration.ofDays(30);
    public static final String EXPIRY_ACTOR = "system:reservation-expiry";

    private final StockMovements movements;
    private final LineChecks checks;
    private final ReservationStore store;

    public ReservationService(StockMovements movements, LineChecks checks, ReservationStore store) {
        this.movements = movements;
        this.checks = checks;
        this.store = store;
    }

    public Uni<Outcome<Long>> reserve(long warehouseId, List<StockLine> lines, OffsetDateTime expiresAt, String reference, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        if (expiresAt == null) {
            return Uni.createFrom().item(Outcome.refused(REQUIRED, "expiresAt is required", "input", "expiresAt"));
        }
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_HOLD))) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "expiresAt must be in the future and at most "
                    + LONGEST_HOLD.toDays() + " days ahead", "input", "expiresAt"));
        }
        return checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                : store.insert(warehouseId, reference, expiresAt, lines, actor)
                        .chain(id -> movements.reserve(warehouseId, lines, new StockMovements.Source(StockReason.RESERVE, TYPE, id, actor))
                                .map(result -> result.succeeded() ? Outcome.of(id) : Outcome.refused(result.problems()))));
    }

    /** Gives the held stock back to available. */
    public Uni<Outcome<Long>> release(long id, String actor) {
        return end(id, "RELEASED", false, actor);
    }

    /** The goods leave with the customer: onHand and reserved both fall (SALE rows). */
    public Uni<Outcome<Long>> commit(long id, String actor) {
        return end(id, "COMMITTED", true, actor);
    }

    /** Releases one reservation whose hold has run out; false when it was not due (any more). */
    public Uni<Boolean> expire(long id) {
        return store.lock(id)
                .chain(hold -> hold.isEmpty() || !"ACTIVE".equals(hold.get().status()) || !hold.get().expired()
                        ? Uni.createFrom().item(false)
                        : move(id, "EXPIRED", false, EXPIRY_ACTOR).map(Outcome::succeeded));
    }

    /** Whether the reservation still holds stock (ACTIVE). */
    public Uni<Boolean> isActive(long id) {
        return store.status(id).map(status -> status.filter("ACTIVE"::equals).isPresent());
    }

    /** Ids of active reservations past their expiry, oldest first. */
    public Uni<List<Long>> due(int limit) {
        return store.due(limit);
    }

    private Uni<Outcome<Long>> end(long id, String status, boolean commit, String actor) {
        return store.lock(id).chain(hold -> {
            if (hold.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such reservation", "id"));
            }
            if (!"ACTIVE".equals(hold.get().status())) {
                return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The reservation is " + hold.get().status(), "id"));
            }
            if (commit && hold.get().expired()) {
                return Uni.createFrom().item(Outcome.refused(RESERVATION_EXPIRED, "The reservation has expired", "id"));
            }
            return move(id, status, commit, actor);
        });
    }

    private Uni<Outcome<Long>> move(long id, String status, boolean commit, String actor) {
        return store.held(id).chain(held -> {
            StockMovements.Source source = new StockMovements.Source(commit ? StockReason.SALE : StockReason.RELEASE, TYPE, id, actor);
            Uni<StockMovements.Result> moved = commit ? movements.commitReserved(held.warehouseId(), held.lines(), source)
                    : movements.release(held.warehouseId(), held.lines(), source);
            return moved.chain(result -> !result.succeeded() ? Uni.createFrom().item(Outcome.refused(result.problems()))
                    : store.end(id, status).map(ignored -> Outcome.of(id)));
        });
    }
}
