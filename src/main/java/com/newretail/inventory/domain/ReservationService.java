package com.newretail.inventory.domain;

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

    public ReservationService(StockMovements movements, LineChecks checks) {
        this.movements = movements;
        this.checks = checks;
    }

    public Uni<Outcome> reserve(long warehouseId, List<StockLine> lines, OffsetDateTime expiresAt, String reference, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        if (expiresAt == null) {
            return Uni.createFrom().item(Outcome.refused(REQUIRED, "expiresAt is required", "input", "expiresAt"));
        }
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_HOLD))) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "expiresAt must be in the future and at most "
                    + LONGEST_HOLD.toDays() + " days ahead", "input", "expiresAt"));
        }
        return checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                : NativeRows.id("INSERT INTO stock_reservation (warehouse_id, reference, status, expires_at, created_by) "
                        + "VALUES (?1, ?2, 'ACTIVE', ?3, ?4) RETURNING id", warehouseId, reference, expiresAt, actor)
                        .call(id -> NativeRows.update("INSERT INTO stock_reservation_line (reservation_id, sku_id, quantity) "
                                + "SELECT ?1, unnest(cast(?2 as bigint[])), unnest(cast(?3 as integer[]))", id,
                                lines.stream().map(StockLine::skuId).toArray(Long[]::new),
                                lines.stream().map(StockLine::quantity).toArray(Integer[]::new)))
                        .chain(id -> movements.reserve(warehouseId, lines, new StockMovements.Source(StockReason.RESERVE, TYPE, id, actor))
                                .map(result -> result.succeeded() ? Outcome.of(id) : Outcome.refused(result.problems()))));
    }

    /** Gives the held stock back to available. */
    public Uni<Outcome> release(long id, String actor) {
        return end(id, "RELEASED", false, actor);
    }

    /** The goods leave with the customer: onHand and reserved both fall (SALE rows). */
    public Uni<Outcome> commit(long id, String actor) {
        return end(id, "COMMITTED", true, actor);
    }

    /** Releases one reservation whose hold has run out; false when it was not due (any more). */
    public Uni<Boolean> expire(long id) {
        return NativeRows.list("SELECT status, expires_at <= now() FROM stock_reservation WHERE id = ?1 FOR UPDATE", id)
                .chain(rows -> rows.isEmpty() || !"ACTIVE".equals(rows.get(0)[0]) || !Boolean.TRUE.equals(rows.get(0)[1])
                        ? Uni.createFrom().item(false)
                        : move(id, "EXPIRED", false, EXPIRY_ACTOR).map(Outcome::succeeded));
    }

    /** Ids of active reservations past their expiry, oldest first. */
    /** Whether the reservation still holds stock (ACTIVE). */
    public Uni<Boolean> isActive(long id) {
        return NativeRows.list("SELECT status, id FROM stock_reservation WHERE id = ?1", id)
                .map(rows -> !rows.isEmpty() && "ACTIVE".equals(rows.get(0)[0]));
    }

    public Uni<List<Long>> due(int limit) {
        return NativeRows.list("SELECT id, expires_at FROM stock_reservation WHERE status = 'ACTIVE' AND expires_at <= now() "
                + "ORDER BY expires_at LIMIT " + limit).map(rows -> rows.stream().map(row -> NativeRows.longValue(row[0])).toList());
    }

    private Uni<Outcome> end(long id, String status, boolean commit, String actor) {
        return NativeRows.list("SELECT status, expires_at <= now() FROM stock_reservation WHERE id = ?1 FOR UPDATE", id)
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such reservation", "id"));
                    }
                    if (!"ACTIVE".equals(rows.get(0)[0])) {
                        return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The reservation is " + rows.get(0)[0], "id"));
                    }
                    if (commit && Boolean.TRUE.equals(rows.get(0)[1])) {
                        return Uni.createFrom().item(Outcome.refused(RESERVATION_EXPIRED, "The reservation has expired", "id"));
                    }
                    return move(id, status, commit, actor);
                });
    }

    private Uni<Outcome> move(long id, String status, boolean commit, String actor) {
        return NativeRows.list("SELECT r.warehouse_id, l.sku_id, l.quantity FROM stock_reservation r "
                + "JOIN stock_reservation_line l ON l.reservation_id = r.id WHERE r.id = ?1", id).chain(rows -> {
                    long warehouse = NativeRows.longValue(rows.get(0)[0]);
                    List<StockLine> lines = rows.stream().map(row -> new StockLine(NativeRows.longValue(row[1]),
                            NativeRows.intValue(row[2]))).toList();
                    Uni<StockMovements.Result> moved = commit
                            ? movements.commitReserved(warehouse, lines, new StockMovements.Source(StockReason.SALE, TYPE, id, actor))
                            : movements.release(warehouse, lines, new StockMovements.Source(StockReason.RELEASE, TYPE, id, actor));
                    return moved.chain(result -> !result.succeeded() ? Uni.createFrom().item(Outcome.refused(result.problems()))
                            : NativeRows.update("UPDATE stock_reservation SET status = ?2, closed_at = now() WHERE id = ?1", id, status)
                                    .map(ignored -> Outcome.of(id)));
                });
    }
}
