package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Cash drawer shifts in the current transaction. */
@ApplicationScoped
public class ShiftStore {

    /** Status and version of a shift, read under its row lock. */
    public record ShiftState(String status, int version) {
    }

    /**
     * Expected cash in the drawer of shift {@code shift.id}, as a SQL expression over the shift row:
     * float + cash in − cash out + cash taken (net of change) − cash refunded.
     */
    static final String EXPECTED_CASH = """
            (shift.opening_float
             + coalesce((SELECT sum(CASE WHEN m.kind = 'CASH_IN' THEN m.amount ELSE -m.amount END) FROM shift_cash_move m
                         WHERE m.shift_id = shift.id), 0)
             + coalesce((SELECT sum(p.amount) FROM payment p JOIN retail_order o ON o.id = p.order_id
                         WHERE o.shift_id = shift.id AND p.tender = 'CASH'), 0)
             - coalesce((SELECT sum(o.change_given) FROM retail_order o WHERE o.shift_id = shift.id), 0)
             - coalesce((SELECT sum(f.amount) FROM refund f JOIN order_return r ON r.id = f.return_id
                         WHERE r.refund_shift_id = shift.id AND f.tender = 'CASH'), 0))""";

    /** At most one open shift per cashier and store: a second open is skipped, not failed. */
    private static final String OPEN = """
            INSERT INTO shift (store_id, cashier, status, opening_float) VALUES (?1, ?2, 'OPEN', ?3)
            ON CONFLICT (store_id, cashier) WHERE status = 'OPEN' DO NOTHING RETURNING id""";

    private static final String LOCK = "SELECT status, version FROM shift WHERE id = ?1 FOR UPDATE";

    private static final String CASH_MOVE = "INSERT INTO shift_cash_move (shift_id, kind, amount, reason, actor) VALUES (?1, ?2, ?3, ?4, ?5)";

    private static final String BUMP = "UPDATE shift SET version = version + 1 WHERE id = ?1";

    private static final String CLOSE = """
            UPDATE shift SET status = 'CLOSED', closed_at = now(), counted_cash = ?2, note = nullif(?3, ''),
                   expected_cash = %s, version = version + 1
            WHERE id = ?1""".formatted(EXPECTED_CASH);

    /** The new shift's id; empty when the cashier already has one open at the store. */
    public Uni<Optional<Long>> open(long storeId, String cashier, BigDecimal openingFloat) {
        return NativeSql.scalars(OPEN, Long.class, storeId, cashier, openingFloat).map(ids -> ids.stream().findFirst());
    }

    public Uni<Optional<ShiftState>> lock(long shiftId) {
        return NativeSql.rows(LOCK, shiftId).map(rows -> rows.stream().findFirst()
                .map(row -> new ShiftState((String) row[0], ((Number) row[1]).intValue())));
    }

    public Uni<Integer> moveCash(long shiftId, String kind, BigDecimal amount, String reason, String actor) {
        return NativeSql.update(CASH_MOVE, shiftId, kind, amount, reason, actor).chain(() -> NativeSql.update(BUMP, shiftId));
    }

    /** Closes the shift with the counted cash, storing the expected cash as it is now. */
    public Uni<Integer> close(long shiftId, BigDecimal countedCash, String note) {
        return NativeSql.update(CLOSE, shiftId, countedCash, note == null ? "" : note);
    }
}
