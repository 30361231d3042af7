package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Read paths of cash drawer shifts and their summaries; a shift is visible when its store is in the caller's scope. */
@ApplicationScoped
public class ShiftReader {

    public record ShiftRow(long id, long storeId, String cashier, String status, BigDecimal openingFloat, BigDecimal expectedCash,
            BigDecimal countedCash, String note, int version, OffsetDateTime openedAt, OffsetDateTime closedAt, BigDecimal cashIn,
            BigDecimal cashOut, int orders, int refundedReturns, BigDecimal cashRefunded) {
    }

    /** Sales of a shift by tender (cash net of change). */
    public record TenderTotal(String tender, BigDecimal amount) {
    }

    /** A shift with its summary; an open shift's expected cash is computed now, a closed one's was stored at closing. */
    private static final String SHIFT = """
            SELECT shift.id, shift.store_id, shift.cashier, shift.status, shift.opening_float, shift.counted_cash, shift.note,
                   shift.version, shift.opened_at, shift.closed_at,
                   CASE WHEN shift.status = 'OPEN' THEN %s ELSE shift.expected_cash END AS expected,
                   coalesce((SELECT sum(amount) FROM shift_cash_move WHERE shift_id = shift.id AND kind = 'CASH_IN'), 0) AS cash_in,
                   coalesce((SELECT sum(amount) FROM shift_cash_move WHERE shift_id = shift.id AND kind = 'CASH_OUT'), 0) AS cash_out,
                   (SELECT count(*) FROM retail_order WHERE shift_id = shift.id) AS orders,
                   (SELECT count(*) FROM order_return WHERE refund_shift_id = shift.id) AS returns,
                   coalesce((SELECT sum(f.amount) FROM refund f JOIN order_return r ON r.id = f.return_id
                             WHERE r.refund_shift_id = shift.id AND f.tender = 'CASH'), 0) AS cash_refunded
            FROM shift JOIN org_unit s ON s.id = shift.store_id
            WHERE\s""".formatted(ShiftStore.EXPECTED_CASH);

    /** Per tender, cash net of the change given. */
    private static final String SALES = """
            SELECT p.tender,
                   sum(p.amount) - CASE WHEN p.tender = 'CASH'
                                        THEN coalesce((SELECT sum(change_given) FROM retail_order WHERE shift_id = $1), 0) ELSE 0 END AS amount
            FROM payment p JOIN retail_order o ON o.id = p.order_id
            WHERE o.shift_id = $1 GROUP BY p.tender ORDER BY p.tender""";

    private final Pool pool;

    public ShiftReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** Shifts by id, or the open shift of a cashier at a store, within the scope of the store. */
    public Uni<List<ShiftRow>> shifts(List<Long> ids, Long openAtStore, String cashier, DataScope scope) {
        SqlArgs args = new SqlArgs();
        StringBuilder sql = new StringBuilder(SHIFT).append(scope.predicate("s.path", null, args));
        if (ids != null) {
            sql.append(" AND shift.id = ANY(").append(args.add(ids.toArray(Long[]::new))).append(")");
        }
        if (openAtStore != null) {
            sql.append(" AND shift.status = 'OPEN' AND shift.store_id = ").append(args.add(openAtStore)).append(" AND shift.cashier = ")
                    .append(args.add(cashier));
        }
        return PoolQueries.list(pool, sql.toString(), args, row -> new ShiftRow(row.getLong("id"), row.getLong("store_id"),
                row.getString("cashier"), row.getString("status"), SqlNumbers.decimal(row, "opening_float"), SqlNumbers.decimal(row, "expected"),
                SqlNumbers.decimal(row, "counted_cash"), row.getString("note"), row.getInteger("version"), row.getOffsetDateTime("opened_at"),
                row.getOffsetDateTime("closed_at"), SqlNumbers.decimal(row, "cash_in"), SqlNumbers.decimal(row, "cash_out"),
                row.getLong("orders").intValue(), row.getLong("returns").intValue(), SqlNumbers.decimal(row, "cash_refunded")));
    }

    public Uni<List<TenderTotal>> shiftSales(long shiftId) {
        SqlArgs args = new SqlArgs();
        args.add(shiftId);
        return PoolQueries.list(pool, SALES, args, row -> new TenderTotal(row.getString("tender"), SqlNumbers.decimal(row, "amount")));
    }
}
