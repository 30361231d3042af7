package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * Cash drawer shifts. A cashier has at most one open shift per store; checkouts and cash refunds made
 * by the cashier while it is open belong to it. Expected cash = float + cash in − cash out + cash
 * taken (net of change) − cash refunded; closing records the counted cash and its variance.
 */
@ApplicationScoped
public class ShiftService {

    public Uni<Outcome> open(long storeId, BigDecimal openingFloat, String cashier) {
        if (!validAmount(openingFloat, true)) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "The float is 0 or more, with at most 2 decimals", "input", "openingFloat"));
        }
        return NativeSql.scalars("INSERT INTO shift (store_id, cashier, status, opening_float) VALUES (?1, ?2, 'OPEN', ?3) "
                + "ON CONFLICT (store_id, cashier) WHERE status = 'OPEN' DO NOTHING RETURNING id", Long.class, storeId, cashier, openingFloat)
                .map(ids -> ids.isEmpty() ? Outcome.refused(INVALID_STATUS, "You already have an open shift at this store", "input", "storeId")
                        : Outcome.of(ids.get(0)));
    }

    public Uni<Outcome> moveCash(long shiftId, String kind, BigDecimal amount, String reason, String actor) {
        if (!validAmount(amount, false)) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "The amount is above 0, with at most 2 decimals", "input", "amount"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 120) {
            return Uni.createFrom().item(Outcome.refused(REQUIRED, "A reason of 1-120 characters is required", "input", "reason"));
        }
        return NativeSql.rows("SELECT status, version FROM shift WHERE id = ?1 FOR UPDATE", shiftId).chain(rows -> rows.isEmpty()
                ? Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such shift", "id"))
                : !"OPEN".equals(rows.get(0)[0]) ? Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The shift is closed", "id"))
                : NativeSql.update("INSERT INTO shift_cash_move (shift_id, kind, amount, reason, actor) VALUES (?1, ?2, ?3, ?4, ?5)",
                        shiftId, kind, amount, reason.trim(), actor)
                        .chain(() -> NativeSql.update("UPDATE shift SET version = version + 1 WHERE id = ?1", shiftId))
                        .map(ignored -> Outcome.of(shiftId)));
    }

    public Uni<Outcome> close(long shiftId, int expectedVersion, BigDecimal countedCash, String note) {
        if (!validAmount(countedCash, true)) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "Counted cash is 0 or more, with at most 2 decimals", "input", "countedCash"));
        }
        if (note != null && note.length() > 255) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "The note is at most 255 characters", "input", "note"));
        }
        return NativeSql.rows("SELECT status, version FROM shift WHERE id = ?1 FOR UPDATE", shiftId).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such shift", "id"));
            }
            if (((Number) rows.get(0)[1]).intValue() != expectedVersion) {
                return Uni.createFrom().item(Outcome.refused(STALE_VERSION, "The shift changed meanwhile: version is " + rows.get(0)[1],
                        "expectedVersion"));
            }
            if (!"OPEN".equals(rows.get(0)[0])) {
                return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The shift is already closed", "id"));
            }
            return NativeSql.update("UPDATE shift SET status = 'CLOSED', closed_at = now(), counted_cash = ?2, note = nullif(?3, ''), "
                    + "expected_cash = " + EXPECTED_CASH + ", version = version + 1 WHERE id = ?1", shiftId, countedCash, note == null ? "" : note)
                    .map(ignored -> Outcome.of(shiftId));
        });
    }

    /** Expected cash in the drawer of shift {@code shift.id}, as a SQL expression over the shift row. */
    public static final String EXPECTED_CASH = "(shift.opening_float "
            + "+ coalesce((SELECT sum(CASE WHEN m.kind = 'CASH_IN' THEN m.amount ELSE -m.amount END) FROM shift_cash_move m WHERE m.shift_id = shift.id), 0) "
            + "+ coalesce((SELECT sum(p.amount) FROM payment p JOIN retail_order o ON o.id = p.order_id WHERE o.shift_id = shift.id AND p.tender = 'CASH'), 0) "
            + "- coalesce((SELECT sum(o.change_given) FROM retail_order o WHERE o.shift_id = shift.id), 0) "
            + "- coalesce((SELECT sum(f.amount) FROM refund f JOIN order_return r ON r.id = f.return_id WHERE r.refund_shift_id = shift.id "
            + "AND f.tender = 'CASH'), 0))";

    private static boolean validAmount(BigDecimal amount, boolean zeroAllowed) {
        return amount != null && (zeroAllowed ? amount.signum() >= 0 : amount.signum() > 0) && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(new BigDecimal("999999999999.99")) <= 0;
    }
}
