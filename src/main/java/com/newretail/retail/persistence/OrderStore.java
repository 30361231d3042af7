package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Checkout's writes in the current transaction: the cart it locks, the order, its lines, payments and events. */
@ApplicationScoped
public class OrderStore {

    /** A cart as checkout sees it; ids are null when not set. */
    public record CartHead(String status, long storeId, long warehouseId, Long customerId, Long salespersonId, List<String> couponCodes) {
    }

    /** A cart line as stored. */
    public record CartLineRow(long skuId, int quantity, BigDecimal lineDiscount, String discountReason) {
    }

    /** The head of a new order. */
    public record NewOrder(long storeId, long warehouseId, String receiptNo, LocalDate businessDate, String status, Long customerId,
            Long salespersonId, long cartId, String currency, BigDecimal subtotal, BigDecimal lineDiscounts, BigDecimal couponDiscount,
            BigDecimal total, BigDecimal paid, BigDecimal changeGiven, String createdBy, String kind, OffsetDateTime pickupBy) {
    }

    /** A line of a new order, numbered from 1. */
    public record NewOrderLine(int lineNo, long skuId, int quantity, BigDecimal unitPrice, BigDecimal lineDiscount, String discountReason,
            BigDecimal couponShare, BigDecimal total, Long priceListId) {
    }

    /** One tender of a payment. */
    public record PaymentPart(String tender, BigDecimal amount, String reference) {
    }

    /** Coupon codes travel as one string joined by the unit separator, so an empty array stays distinguishable. */
    private static final String LOCK_CART = """
            SELECT status, store_id, warehouse_id, coalesce(customer_id, 0), coalesce(salesperson_id, 0),
                   array_to_string(coupon_codes, chr(31))
            FROM cart WHERE id = ?1 FOR UPDATE""";

    private static final String CART_LINES = """
            SELECT sku_id, quantity, line_discount, coalesce(discount_reason, '') FROM cart_line WHERE cart_id = ?1 ORDER BY line_no""";

    private static final String NEXT_RECEIPT_NUMBER = """
            INSERT INTO receipt_counter (store_id, business_date, last_no) VALUES (?1, ?2, 1)
            ON CONFLICT (store_id, business_date) DO UPDATE SET last_no = receipt_counter.last_no + 1
            RETURNING cast(last_no as bigint)""";

    /** The order belongs to the cashier's open shift at the store, if any. */
    private static final String INSERT_ORDER = """
            INSERT INTO retail_order (store_id, warehouse_id, receipt_no, business_date, status, customer_id, salesperson_id, cart_id,
                                      currency, subtotal, line_discounts, coupon_discount, total, paid, change_given, created_by,
                                      shift_id, kind, pickup_by)
            VALUES (?1, ?2, ?3, ?4, ?16, nullif(cast(?5 as bigint), 0), nullif(cast(?6 as bigint), 0), ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                    ?15, (SELECT id FROM shift WHERE store_id = ?1 AND cashier = ?15 AND status = 'OPEN'),
                    ?17, CASE WHEN ?17 = 'PICKUP' THEN cast(?18 as timestamptz) END)
            RETURNING id""";

    private static final String INSERT_LINES = """
            INSERT INTO order_line (order_id, line_no, sku_id, quantity, unit_price, line_discount, discount_reason, coupon_share,
                                    line_total, price_list_id)
            SELECT ?1, n, s, q, cast(u as numeric(14, 2)), cast(d as numeric(14, 2)), nullif(r, ''), cast(c as numeric(14, 2)),
                   cast(t as numeric(14, 2)), nullif(p, 0)
            FROM unnest(cast(?2 as integer[]), cast(?3 as bigint[]), cast(?4 as integer[]), cast(?5 as text[]), cast(?6 as text[]),
                        cast(?7 as text[]), cast(?8 as text[]), cast(?9 as text[]), cast(?10 as bigint[])) AS x(n, s, q, u, d, r, c, t, p)""";

    private static final String INSERT_PAYMENTS = """
            INSERT INTO payment (order_id, tender, amount, reference)
            SELECT ?1, t, cast(a as numeric(14, 2)), nullif(r, '')
            FROM unnest(cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[])) WITH ORDINALITY AS x(t, a, r, n) ORDER BY n""";

    private static final String SALE_EVENTS = """
            INSERT INTO order_event (order_id, type, actor, detail)
            VALUES (?1, 'CREATED', ?2, 'Checkout at the till'), (?1, 'PAID', ?2, ?3), (?1, 'FULFILLED', ?2, 'Handed over at the till'),
                   (?1, 'COMPLETED', ?2, NULL)""";

    private static final String ORDER_EVENT = "INSERT INTO order_event (order_id, type, actor, detail) VALUES (?1, ?2, ?3, ?4)";

    private static final String SET_RESERVATION = "UPDATE retail_order SET reservation_id = ?2 WHERE id = ?1";

    private static final String CHECKED_OUT = "UPDATE cart SET status = 'CHECKED_OUT', version = version + 1, updated_at = now() WHERE id = ?1";

    /** Locks the cart: one checkout at a time. */
    public Uni<Optional<CartHead>> lockCart(long cartId) {
        return NativeSql.rows(LOCK_CART, cartId).map(rows -> rows.stream().findFirst().map(row -> new CartHead((String) row[0],
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), idOrNull(row[3]), idOrNull(row[4]),
                row[5] == null || ((String) row[5]).isEmpty() ? List.of() : List.of(((String) row[5]).split("\u001f")))));
    }

    public Uni<List<CartLineRow>> cartLines(long cartId) {
        return NativeSql.rows(CART_LINES, cartId).map(rows -> rows.stream().map(row -> new CartLineRow(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(), new BigDecimal(row[2].toString()), ((String) row[3]).isEmpty() ? null : (String) row[3])).toList());
    }

    /** The store's next receipt number of the day (1, 2, …), counted under the counter row's lock. */
    public Uni<Long> nextReceiptNumber(long storeId, LocalDate businessDate) {
        return NativeSql.longValue(NEXT_RECEIPT_NUMBER, storeId, businessDate);
    }

    public Uni<Long> insertOrder(NewOrder o) {
        return NativeSql.longValue(INSERT_ORDER, o.storeId(), o.warehouseId(), o.receiptNo(), o.businessDate(),
                o.customerId() == null ? 0L : o.customerId(), o.salespersonId() == null ? 0L : o.salespersonId(), o.cartId(), o.currency(),
                o.subtotal(), o.lineDiscounts(), o.couponDiscount(), o.total(), o.paid(), o.changeGiven(), o.createdBy(), o.status(), o.kind(),
                o.pickupBy() == null ? OffsetDateTime.now() : o.pickupBy());
    }

    public Uni<Integer> insertLines(long orderId, List<NewOrderLine> lines) {
        return NativeSql.update(INSERT_LINES, orderId, lines.stream().map(NewOrderLine::lineNo).toArray(Integer[]::new),
                lines.stream().map(NewOrderLine::skuId).toArray(Long[]::new), lines.stream().map(NewOrderLine::quantity).toArray(Integer[]::new),
                lines.stream().map(l -> l.unitPrice().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.lineDiscount().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.discountReason() == null ? "" : l.discountReason()).toArray(String[]::new),
                lines.stream().map(l -> l.couponShare().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.total().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.priceListId() == null ? 0L : l.priceListId()).toArray(Long[]::new));
    }

    /** Payments in the order given (their ids keep it: refunds go back in payment order). */
    public Uni<Integer> insertPayments(long orderId, List<PaymentPart> parts) {
        return NativeSql.update(INSERT_PAYMENTS, orderId, parts.stream().map(PaymentPart::tender).toArray(String[]::new),
                parts.stream().map(p -> p.amount().toPlainString()).toArray(String[]::new),
                parts.stream().map(p -> p.reference() == null ? "" : p.reference()).toArray(String[]::new));
    }

    /** A sale at the till: created, paid ({@code paidDetail}), fulfilled and completed at once. */
    public Uni<Integer> saleEvents(long orderId, String actor, String paidDetail) {
        return NativeSql.update(SALE_EVENTS, orderId, actor, paidDetail);
    }

    public Uni<Integer> orderEvent(long orderId, String type, String actor, String detail) {
        return NativeSql.update(ORDER_EVENT, orderId, type, actor, detail);
    }

    public Uni<Integer> setReservation(long orderId, long reservationId) {
        return NativeSql.update(SET_RESERVATION, orderId, reservationId);
    }

    public Uni<Integer> markCheckedOut(long cartId) {
        return NativeSql.update(CHECKED_OUT, cartId);
    }

    private static Long idOrNull(Object value) {
        long id = ((Number) value).longValue();
        return id == 0 ? null : id;
    }
}
