package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Orders in the current transaction: the order, its lines, payments and events, and pickup orders' later steps. */
@ApplicationScoped
public class OrderStore {

    /** The head of a new order. */
    public record NewOrder(long storeId, long warehouseId, LocalDate businessDate, String status, Long customerId,
            Long salespersonId, Long cartId, String currency, BigDecimal subtotal, BigDecimal lineDiscounts, BigDecimal couponDiscount,
            BigDecimal total, BigDecimal paid, BigDecimal changeGiven, String createdBy, String kind, OffsetDateTime pickupBy) {
    }

    /** A line of a new order, numbered from 1. */
    public record NewOrderLine(int lineNo, long skuId, int quantity, BigDecimal unitPrice, BigDecimal lineDiscount, String discountReason,
            BigDecimal couponShare, BigDecimal total, Long priceListId) {
    }

    /** An event of a new order, in the order it happened; {@code detail} may be null. */
    public record NewEvent(String type, String detail) {
    }

    /** One tender of a payment. */
    public record PaymentPart(String tender, BigDecimal amount, String reference) {
    }

    /** A pickup order's state, read under its row lock. */
    public record OrderState(String status, int version, BigDecimal total, Long reservationId, String kind, Long customerId, String currency) {
    }

    /**
     * A new order's id, taken before anything is written: the sale's stock moves (its ledger rows name
     * the order) before the order is placed, so the store's receipt counter is locked only from the
     * placing to the commit, never while the sale waits for a stock row.
     */
    private static final String NEXT_ID = "SELECT nextval(pg_get_serial_sequence('retail_order', 'id'))";

    /** What the order's integration event tells, over the rows just written: {@code o} the order, {@code lines}, {@code payments}. */
    private static final String EVENT_FACTS = """
            json_build_object(
                'receiptNo', o.receipt_no, 'kind', o.kind, 'status', o.status, 'businessDate', o.business_date, 'storeId', o.store_id,
                'warehouseId', o.warehouse_id, 'customerId', o.customer_id, 'salespersonId', o.salesperson_id, 'currency', o.currency,
                'subtotal', o.subtotal::text, 'lineDiscounts', o.line_discounts::text, 'couponDiscount', o.coupon_discount::text,
                'total', o.total::text, 'paid', o.paid::text, 'changeGiven', o.change_given::text, 'createdAt', o.created_at, 'createdBy', o.created_by,
                'lines', coalesce((SELECT json_agg(json_build_object('lineNo', l.line_no, 'skuId', l.sku_id, 'quantity', l.quantity,
                        'unitPrice', l.unit_price::text, 'lineDiscount', l.line_discount::text, 'couponShare', l.coupon_share::text,
                        'lineTotal', l.line_total::text) ORDER BY l.line_no) FROM lines l), '[]'),
                'payments', coalesce((SELECT json_agg(json_build_object('tender', p.tender, 'amount', p.amount::text, 'reference', p.reference)
                        ORDER BY p.id) FROM payments p), '[]'))::text""";

    /**
     * A whole order in one statement, under the id taken before ({@link #NEXT_ID}): the store's next
     * receipt number of the day (counted under the counter row's lock, held to the commit), the order
     * (in the cashier's open shift at the store, if any; with its stock reservation, if a pickup), its
     * lines, payments (their ids keep the tender order: refunds go back in it) and events; it answers
     * what the order's integration event tells, from the rows it wrote.
     */
    private static final String PLACE = """
            WITH counter AS (
                INSERT INTO receipt_counter (store_id, business_date, last_no) VALUES (?1, ?3, 1)
                ON CONFLICT (store_id, business_date) DO UPDATE SET last_no = receipt_counter.last_no + 1
                RETURNING last_no),
            placed AS (
                INSERT INTO retail_order (id, store_id, warehouse_id, receipt_no, business_date, status, customer_id, salesperson_id, cart_id,
                                          currency, subtotal, line_discounts, coupon_discount, total, paid, change_given, created_by,
                                          shift_id, kind, pickup_by, reservation_id)
                SELECT ?32, ?1, ?2, to_char(cast(?3 as date), 'YYYYMMDD') || '-'
                               || CASE WHEN last_no < 10000 THEN lpad(cast(last_no as text), 4, '0') ELSE cast(last_no as text) END,
                       ?3, ?15, nullif(cast(?4 as bigint), 0), nullif(cast(?5 as bigint), 0), nullif(cast(?6 as bigint), 0), ?7, ?8, ?9,
                       ?10, ?11, ?12, ?13, ?14, (SELECT id FROM shift WHERE store_id = ?1 AND cashier = ?14 AND status = 'OPEN'),
                       ?16, CASE WHEN ?16 = 'PICKUP' THEN cast(?17 as timestamptz) END, nullif(cast(?33 as bigint), 0)
                FROM counter
                RETURNING *),
            lines AS (
                INSERT INTO order_line (order_id, line_no, sku_id, quantity, unit_price, line_discount, discount_reason, coupon_share,
                                        line_total, price_list_id)
                SELECT placed.id, n, s, q, cast(u as numeric(14, 2)), cast(d as numeric(14, 2)), nullif(r, ''), cast(c as numeric(14, 2)),
                       cast(t as numeric(14, 2)), nullif(p, 0)
                FROM placed, unnest(cast(?18 as integer[]), cast(?19 as bigint[]), cast(?20 as integer[]), cast(?21 as text[]),
                                    cast(?22 as text[]), cast(?23 as text[]), cast(?24 as text[]), cast(?25 as text[]),
                                    cast(?26 as bigint[])) AS x(n, s, q, u, d, r, c, t, p)
                RETURNING *),
            payments AS (
                INSERT INTO payment (order_id, tender, amount, reference)
                SELECT placed.id, t, cast(a as numeric(14, 2)), nullif(r, '')
                FROM placed, unnest(cast(?27 as text[]), cast(?28 as text[]), cast(?29 as text[])) WITH ORDINALITY AS x(t, a, r, n)
                ORDER BY n
                RETURNING *),
            events AS (
                INSERT INTO order_event (order_id, type, actor, detail)
                SELECT placed.id, e, ?14, nullif(d, '')
                FROM placed, unnest(cast(?30 as text[]), cast(?31 as text[])) WITH ORDINALITY AS x(e, d, n)
                ORDER BY n)
            SELECT %s FROM placed o""".formatted(EVENT_FACTS);

    private static final String INSERT_PAYMENTS = """
            INSERT INTO payment (order_id, tender, amount, reference)
            SELECT ?1, t, cast(a as numeric(14, 2)), nullif(r, '')
            FROM unnest(cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[])) WITH ORDINALITY AS x(t, a, r, n) ORDER BY n""";

    private static final String ORDER_EVENT = "INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, ?2, ?3, ?4)";



    /** What a paid order credits to attainment: store, salesperson, currency, total and units. */
    private static final String CREDIT_FACTS = """
            SELECT o.store_id, coalesce(o.salesperson_id, 0), o.currency, o.total,
                   (SELECT coalesce(sum(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id)
            FROM retail_order o WHERE o.id = ?1""";

    private static final String PURCHASED_LINES = "SELECT sku_id, quantity, line_total FROM order_line WHERE order_id = ?1 ORDER BY line_no";

    private static final String LOCK_ORDER = """
            SELECT status, version, total, coalesce(reservation_id, 0), kind, coalesce(customer_id, 0), currency
            FROM retail_order WHERE id = ?1 FOR UPDATE""";

    /** A pickup order paid later belongs to the shift open when it is paid, if it had none. */
    private static final String PAID = """
            UPDATE retail_order SET status = 'PAID', paid = ?2, change_given = ?3, version = version + 1,
                   shift_id = coalesce(shift_id, (SELECT id FROM shift WHERE store_id = retail_order.store_id AND cashier = ?4 AND status = 'OPEN'))
            WHERE id = ?1""";

    private static final String SET_STATUS = "UPDATE retail_order SET status = ?2, version = version + 1 WHERE id = ?1";

    /** A cancelled paid pickup order is refunded as a REFUNDED return of every line. */
    private static final String FULL_RETURN = """
            INSERT INTO order_return (order_id, status, reason, note, refund_total, requested_by, decided_by, decided_at, refunded_by,
                                      refunded_at, refund_shift_id)
            SELECT ?1, 'REFUNDED', 'OTHER', 'Pickup order cancelled after payment', ?2, ?3, ?3, now(), ?3, now(),
                   (SELECT s.id FROM shift s WHERE s.store_id = o.store_id AND s.cashier = ?3 AND s.status = 'OPEN')
            FROM retail_order o WHERE o.id = ?1
            RETURNING id""";

    private static final String FULL_RETURN_LINES = """
            INSERT INTO order_return_line (return_id, line_no, sku_id, quantity, condition, refund_amount)
            SELECT ?1, line_no, sku_id, quantity, 'SELLABLE', line_total FROM order_line WHERE order_id = ?2""";

    /** Back to each tender what it paid (cash net of the change given). */
    private static final String FULL_REFUNDS = """
            INSERT INTO refund (return_id, tender, amount, reference)
            SELECT ?1, p.tender, sum(p.amount) - CASE WHEN p.tender = 'CASH' THEN max(o.change_given) ELSE 0 END, nullif(p.reference, '')
            FROM payment p JOIN retail_order o ON o.id = p.order_id
            WHERE p.order_id = ?2
            GROUP BY p.tender, p.reference
            HAVING sum(p.amount) - CASE WHEN p.tender = 'CASH' THEN max(o.change_given) ELSE 0 END > 0""";

    /** A new order's id (see {@link #NEXT_ID}). */
    public Uni<Long> nextId() {
        return NativeSql.longValue(NEXT_ID);
    }

    /**
     * Writes a whole order under the given id (see {@link #PLACE}), with its stock reservation if any;
     * what its integration event tells (raw ids).
     */
    public Uni<JsonObject> place(long id, NewOrder o, Long reservationId, List<NewOrderLine> lines, List<PaymentPart> payments,
            List<NewEvent> events) {
        return NativeSql.scalars(PLACE, String.class, o.storeId(), o.warehouseId(), o.businessDate(),
                o.customerId() == null ? 0L : o.customerId(), o.salespersonId() == null ? 0L : o.salespersonId(),
                o.cartId() == null ? 0L : o.cartId(), o.currency(), o.subtotal(), o.lineDiscounts(), o.couponDiscount(), o.total(), o.paid(),
                o.changeGiven(), o.createdBy(), o.status(), o.kind(), o.pickupBy() == null ? OffsetDateTime.now() : o.pickupBy(),
                lines.stream().map(NewOrderLine::lineNo).toArray(Integer[]::new), lines.stream().map(NewOrderLine::skuId).toArray(Long[]::new),
                lines.stream().map(NewOrderLine::quantity).toArray(Integer[]::new),
                lines.stream().map(l -> l.unitPrice().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.lineDiscount().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.discountReason() == null ? "" : l.discountReason()).toArray(String[]::new),
                lines.stream().map(l -> l.couponShare().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.total().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.priceListId() == null ? 0L : l.priceListId()).toArray(Long[]::new),
                payments.stream().map(PaymentPart::tender).toArray(String[]::new),
                payments.stream().map(p -> p.amount().toPlainString()).toArray(String[]::new),
                payments.stream().map(p -> p.reference() == null ? "" : p.reference()).toArray(String[]::new),
                events.stream().map(NewEvent::type).toArray(String[]::new),
                events.stream().map(e -> e.detail() == null ? "" : e.detail()).toArray(String[]::new),
                id, reservationId == null ? 0L : reservationId).map(rows -> new JsonObject(rows.get(0)));
    }

    /** Payments in the order given (their ids keep it: refunds go back in payment order). */
    public Uni<Integer> insertPayments(long orderId, List<PaymentPart> parts) {
        return NativeSql.update(INSERT_PAYMENTS, orderId, parts.stream().map(PaymentPart::tender).toArray(String[]::new),
                parts.stream().map(p -> p.amount().toPlainString()).toArray(String[]::new),
                parts.stream().map(p -> p.reference() == null ? "" : p.reference()).toArray(String[]::new));
    }

    public Uni<Integer> orderEvent(long orderId, String type, String actor, String detail) {
        return NativeSql.update(ORDER_EVENT, orderId, type, actor, detail);
    }

    /** The order's lines as a member bought them: SKU, units and line total. */
    /** What a sale or refund credits to (or takes from) attainment. */
    public record CreditFacts(long storeId, Long salespersonId, String currency, BigDecimal amount, int units) {
    }

    /** The order's store, salesperson, currency, total and units. */
    public Uni<CreditFacts> creditFacts(long orderId) {
        return NativeSql.rows(CREDIT_FACTS, orderId).map(rows -> credit(rows.get(0)));
    }

    /** A credit row: store, salesperson (0: none), currency, amount, units. */
    public static CreditFacts credit(Object[] row) {
        return new CreditFacts(((Number) row[0]).longValue(), NativeSql.idOrNull(row[1]), ((String) row[2]).trim(), NativeSql.decimal(row[3]),
                ((Number) row[4]).intValue());
    }

    public Uni<List<com.newretail.customer.api.CustomerPurchases.PurchasedLine>> purchasedLines(long orderId) {
        return NativeSql.rows(PURCHASED_LINES, orderId).map(rows -> rows.stream().map(row -> new com.newretail.customer.api.CustomerPurchases.PurchasedLine(
                ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), NativeSql.decimal(row[2]))).toList());
    }

    public Uni<Optional<OrderState>> lockOrder(long orderId) {
        return NativeSql.rows(LOCK_ORDER, orderId).map(rows -> rows.stream().findFirst().map(row -> new OrderState((String) row[0],
                ((Number) row[1]).intValue(), NativeSql.decimal(row[2]), NativeSql.idOrNull(row[3]), (String) row[4],
                NativeSql.idOrNull(row[5]), (String) row[6])));
    }

    public Uni<Integer> markPaid(long orderId, BigDecimal paid, BigDecimal change, String cashier) {
        return NativeSql.update(PAID, orderId, paid, change, cashier);
    }

    public Uni<Integer> setStatus(long orderId, String status) {
        return NativeSql.update(SET_STATUS, orderId, status);
    }

    /** Records the full refund of a paid order as a refunded return of every line; the return's id. */
    public Uni<Long> refundInFull(long orderId, BigDecimal total, String actor) {
        return NativeSql.longValue(FULL_RETURN, orderId, total, actor)
                .call(returnId -> NativeSql.update(FULL_RETURN_LINES, returnId, orderId))
                .call(returnId -> NativeSql.update(FULL_REFUNDS, returnId, orderId));
    }
}
