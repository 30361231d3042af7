package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Returns and refunds in the current transaction: the rows they lock, read and write. */
@ApplicationScoped
public class ReturnStore {

    /** An order as a return sees it. */
    public record OrderHead(String status, String currency) {
    }

    /** A sold order line with what earlier (not rejected) returns already took of it. */
    public record SoldLine(int lineNo, long skuId, int quantity, BigDecimal lineTotal, int returned, BigDecimal refunded) {
    }

    /** A line of a new return. */
    public record NewReturnLine(int lineNo, long skuId, int quantity, String condition, BigDecimal refund) {
    }

    /** Status and version of a return, read under its row lock. */
    public record ReturnState(String status, int version) {
    }

    /** What a refund needs of its return and order. */
    public record RefundTarget(long orderId, BigDecimal refundTotal, long storeId, long warehouseId, Long customerId) {
    }

    /** Units of one SKU coming back in one condition. */
    public record ReturnedUnits(long skuId, int quantity, String condition) {
    }

    /** One tender of a refund. */
    public record RefundPart(String tender, BigDecimal amount, String reference) {
    }

    private static final String LOCK_ORDER = "SELECT status, currency FROM retail_order WHERE id = ?1 FOR UPDATE";

    private static final String SOLD_LINES = """
            SELECT l.line_no, l.sku_id, l.quantity, l.line_total,
                   coalesce((SELECT sum(rl.quantity) FROM order_return_line rl JOIN order_return r ON r.id = rl.return_id
                             WHERE r.order_id = l.order_id AND rl.line_no = l.line_no AND r.status <> 'REJECTED'), 0),
                   coalesce((SELECT sum(rl.refund_amount) FROM order_return_line rl JOIN order_return r ON r.id = rl.return_id
                             WHERE r.order_id = l.order_id AND rl.line_no = l.line_no AND r.status <> 'REJECTED'), 0)
            FROM order_line l WHERE l.order_id = ?1""";

    private static final String INSERT_RETURN = """
            INSERT INTO order_return (order_id, status, reason, note, refund_total, requested_by, decided_by, decided_at)
            VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, nullif(?7, ''), CASE WHEN ?2 = 'APPROVED' THEN now() END)
            RETURNING id""";

    private static final String INSERT_LINES = """
            INSERT INTO order_return_line (return_id, line_no, sku_id, quantity, condition, refund_amount)
            SELECT ?1, n, s, q, c, cast(a as numeric(14, 2))
            FROM unnest(cast(?2 as integer[]), cast(?3 as bigint[]), cast(?4 as integer[]), cast(?5 as text[]), cast(?6 as text[]))
                 AS t(n, s, q, c, a)""";

    /** What a refunded return takes from attainment: the order's store and salesperson, the refund and the units. */
    private static final String CREDIT_FACTS = """
            SELECT o.store_id, coalesce(o.salesperson_id, 0), o.currency, r.refund_total,
                   (SELECT coalesce(sum(l.quantity), 0) FROM order_return_line l WHERE l.return_id = r.id)
            FROM order_return r JOIN retail_order o ON o.id = r.order_id WHERE r.id = ?1""";

    /**
     * What a refunded return means for the order's coupons: the order, its coupon discount, the coupon
     * share of the returned units, and whether every unit of the order has now been refunded.
     */
    private static final String COUPON_RETURN = """
            SELECT o.id, o.coupon_discount,
                   COALESCE((SELECT sum(round(ol.coupon_share * rl.quantity / ol.quantity, 2)) FROM order_return_line rl
                             JOIN order_line ol ON ol.order_id = o.id AND ol.line_no = rl.line_no WHERE rl.return_id = ?1), 0),
                   (SELECT sum(quantity) FROM order_line WHERE order_id = o.id)
                       <= (SELECT COALESCE(sum(rl.quantity), 0) FROM order_return_line rl JOIN order_return rr ON rr.id = rl.return_id
                           WHERE rr.order_id = o.id AND rr.status = 'REFUNDED')
            FROM order_return r JOIN retail_order o ON o.id = r.order_id WHERE r.id = ?1""";

    private static final String REFUNDED_LINES = "SELECT sku_id, quantity, refund_amount FROM order_return_line WHERE return_id = ?1 ORDER BY line_no";

    private static final String LOCK_RETURN = "SELECT status, version FROM order_return WHERE id = ?1 FOR UPDATE";

    private static final String REQUESTED_BY = "SELECT requested_by, id FROM order_return WHERE id = ?1";

    private static final String DECIDE = """
            UPDATE order_return SET status = ?2, decided_by = ?3, decided_at = now(), version = version + 1
            WHERE id = ?1 RETURNING order_id""";

    private static final String LOCK_ORDER_OF_RETURN = """
            SELECT o.id, r.id FROM retail_order o JOIN order_return r ON r.order_id = o.id WHERE r.id = ?1 FOR UPDATE OF o""";

    private static final String REFUND_TARGET = """
            SELECT r.order_id, r.refund_total, o.store_id, o.warehouse_id, coalesce(o.customer_id, 0)
            FROM order_return r JOIN retail_order o ON o.id = r.order_id WHERE r.id = ?1""";

    /** Per tender in payment order: paid (cash net of change) minus earlier refunds. */
    private static final String REFUNDABLE = """
            SELECT p.tender,
                   sum(p.amount) - CASE WHEN p.tender = 'CASH' THEN max(o.change_given) ELSE 0 END
                   - coalesce((SELECT sum(f.amount) FROM refund f JOIN order_return r ON r.id = f.return_id
                               WHERE r.order_id = o.id AND f.tender = p.tender), 0),
                   min(p.id)
            FROM payment p JOIN retail_order o ON o.id = p.order_id
            WHERE p.order_id = ?1 GROUP BY p.tender, o.id ORDER BY min(p.id)""";

    private static final String RETURNED_UNITS = """
            SELECT sku_id, sum(quantity), condition FROM order_return_line WHERE return_id = ?1 GROUP BY sku_id, condition""";

    private static final String INSERT_REFUNDS = """
            INSERT INTO refund (return_id, tender, amount, reference)
            SELECT ?1, t, cast(a as numeric(14, 2)), nullif(r, '')
            FROM unnest(cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[])) AS x(t, a, r)""";

    /** The refund belongs to the cashier's open shift at the order's store, if any. */
    private static final String MARK_REFUNDED = """
            UPDATE order_return SET status = 'REFUNDED', refunded_by = ?2, refunded_at = now(),
                   refund_shift_id = (SELECT s.id FROM shift s JOIN retail_order o ON o.store_id = s.store_id
                                      WHERE o.id = ?3 AND s.cashier = ?2 AND s.status = 'OPEN'),
                   version = version + 1
            WHERE id = ?1""";

    /** Locks the order row: returns and refunds of one order then run one after another. */
    public Uni<Optional<OrderHead>> lockOrder(long orderId) {
        return NativeSql.rows(LOCK_ORDER, orderId).map(rows -> rows.stream().findFirst()
                .map(row -> new OrderHead((String) row[0], (String) row[1])));
    }

    public Uni<List<SoldLine>> soldLines(long orderId) {
        return NativeSql.rows(SOLD_LINES, orderId).map(rows -> rows.stream().map(row -> new SoldLine(((Number) row[0]).intValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).intValue(), NativeSql.decimal(row[3]), ((Number) row[4]).intValue(), NativeSql.decimal(row[5])))
                .toList());
    }

    public Uni<Long> insertReturn(long orderId, String status, String reason, String note, BigDecimal refundTotal, String actor,
            String decidedBy) {
        return NativeSql.longValue(INSERT_RETURN, orderId, status, reason, note == null ? "" : note, refundTotal, actor,
                decidedBy == null ? "" : decidedBy);
    }

    public Uni<Integer> insertLines(long returnId, List<NewReturnLine> lines) {
        return NativeSql.update(INSERT_LINES, returnId, lines.stream().map(NewReturnLine::lineNo).toArray(Integer[]::new),
                lines.stream().map(NewReturnLine::skuId).toArray(Long[]::new),
                lines.stream().map(NewReturnLine::quantity).toArray(Integer[]::new),
                lines.stream().map(NewReturnLine::condition).toArray(String[]::new),
                lines.stream().map(line -> line.refund().toPlainString()).toArray(String[]::new));
    }

    public Uni<Optional<ReturnState>> lockReturn(long returnId) {
        return NativeSql.rows(LOCK_RETURN, returnId).map(rows -> rows.stream().findFirst()
                .map(row -> new ReturnState((String) row[0], ((Number) row[1]).intValue())));
    }

    public Uni<String> requestedBy(long returnId) {
        return NativeSql.rows(REQUESTED_BY, returnId).map(rows -> (String) rows.get(0)[0]);
    }

    /** Records a decision; the order's id. */
    public Uni<Long> decide(long returnId, String status, String actor) {
        return NativeSql.longValue(DECIDE, returnId, status, actor);
    }

    public Uni<Void> lockOrderOfReturn(long returnId) {
        return NativeSql.rows(LOCK_ORDER_OF_RETURN, returnId).replaceWithVoid();
    }

    public Uni<RefundTarget> refundTarget(long returnId) {
        return NativeSql.rows(REFUND_TARGET, returnId).map(rows -> {
            Object[] row = rows.get(0);
            return new RefundTarget(((Number) row[0]).longValue(), NativeSql.decimal(row[1]), ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                    NativeSql.idOrNull(row[4]));
        });
    }

    /** What each tender of the order can still refund, in payment order. */
    public Uni<Map<String, BigDecimal>> refundable(long orderId) {
        return NativeSql.rows(REFUNDABLE, orderId).map(rows -> {
            Map<String, BigDecimal> byTender = new LinkedHashMap<>();
            rows.forEach(row -> byTender.putIfAbsent((String) row[0], NativeSql.decimal(row[1])));
            return byTender;
        });
    }

    /** The return's lines as the member got them back: SKU, units and refund. */
    /** The store, salesperson, currency, refund total and units of a return. */
    public Uni<OrderStore.CreditFacts> creditFacts(long returnId) {
        return NativeSql.rows(CREDIT_FACTS, returnId).map(rows -> OrderStore.credit(rows.get(0)));
    }

    public Uni<List<com.newretail.customer.api.CustomerPurchases.PurchasedLine>> refundedLines(long returnId) {
        return NativeSql.rows(REFUNDED_LINES, returnId).map(rows -> rows.stream().map(row -> new com.newretail.customer.api.CustomerPurchases.PurchasedLine(
                ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), NativeSql.decimal(row[2]))).toList());
    }

    /** The coupon facts of a refunded return (after it was marked refunded). */
    public record CouponReturn(long orderId, BigDecimal couponDiscount, BigDecimal returnedShare, boolean wholeOrder) {
    }

    public Uni<CouponReturn> couponReturn(long returnId) {
        return NativeSql.rows(COUPON_RETURN, returnId).map(rows -> {
            Object[] row = rows.get(0);
            return new CouponReturn(((Number) row[0]).longValue(), NativeSql.decimal(row[1]), NativeSql.decimal(row[2]), (Boolean) row[3]);
        });
    }

    public Uni<List<ReturnedUnits>> returnedUnits(long returnId) {
        return NativeSql.rows(RETURNED_UNITS, returnId).map(rows -> rows.stream()
                .map(row -> new ReturnedUnits(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2])).toList());
    }

    public Uni<Integer> insertRefunds(long returnId, List<RefundPart> parts) {
        return NativeSql.update(INSERT_REFUNDS, returnId, parts.stream().map(RefundPart::tender).toArray(String[]::new),
                parts.stream().map(part -> part.amount().toPlainString()).toArray(String[]::new),
                parts.stream().map(part -> part.reference() == null ? "" : part.reference()).toArray(String[]::new));
    }

    public Uni<Integer> markRefunded(long returnId, String actor, long orderId) {
        return NativeSql.update(MARK_REFUNDED, returnId, actor, orderId);
    }
}
