package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Carts in the current transaction. */
@ApplicationScoped
public class CartStore {

    /** A cart as checkout sees it; ids are null when not set. */
    public record CartHead(String status, long storeId, long warehouseId, Long customerId, Long salespersonId, List<String> couponCodes) {
    }

    /** A cart line as stored. */
    public record CartLineRow(long skuId, int quantity, BigDecimal lineDiscount, String discountReason) {
    }

    /** Status and version of a cart, read under its row lock. */
    public record CartState(String status, int version) {
    }

    /** Coupon codes travel as one string joined by the unit separator, so an empty array stays distinguishable. */
    private static final String LOCK_CART = """
            SELECT status, store_id, warehouse_id, coalesce(customer_id, 0), coalesce(salesperson_id, 0),
                   array_to_string(coupon_codes, chr(31))
            FROM cart WHERE id = ?1 FOR UPDATE""";

    private static final String CART_LINES = """
            SELECT sku_id, quantity, line_discount, coalesce(discount_reason, '') FROM cart_line WHERE cart_id = ?1 ORDER BY line_no""";

    private static final String CHECKED_OUT = "UPDATE cart SET status = 'CHECKED_OUT', version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String INSERT = "INSERT INTO cart (store_id, warehouse_id, status, created_by) VALUES (?1, ?2, 'OPEN', ?3) RETURNING id";

    private static final String LOCK = "SELECT status, version FROM cart WHERE id = ?1 FOR UPDATE";

    private static final String DELETE_LINES = "DELETE FROM cart_line WHERE cart_id = ?1";

    private static final String INSERT_LINES = """
            INSERT INTO cart_line (cart_id, line_no, sku_id, quantity, line_discount, discount_reason)
            SELECT ?1, n, s, q, cast(d as numeric(14, 2)), nullif(r, '')
            FROM unnest(cast(?2 as integer[]), cast(?3 as bigint[]), cast(?4 as integer[]), cast(?5 as text[]), cast(?6 as text[]))
                 AS t(n, s, q, d, r)""";

    /** Any change reopens a held cart. */
    private static final String REPLACE_HEAD = """
            UPDATE cart SET status = 'OPEN', customer_id = nullif(cast(?2 as bigint), 0), salesperson_id = nullif(cast(?3 as bigint), 0),
                   coupon_codes = cast(?4 as text[]), version = version + 1, updated_at = now()
            WHERE id = ?1""";

    private static final String HOLD = "UPDATE cart SET status = 'HELD', version = version + 1, updated_at = now() WHERE id = ?1";

    /** Locks the cart with what checkout needs of it: one checkout at a time. */
    public Uni<Optional<CartHead>> lockForCheckout(long cartId) {
        return NativeSql.rows(LOCK_CART, cartId).map(rows -> rows.stream().findFirst().map(row -> new CartHead((String) row[0],
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), NativeSql.idOrNull(row[3]), NativeSql.idOrNull(row[4]),
                row[5] == null || ((String) row[5]).isEmpty() ? List.of() : List.of(((String) row[5]).split("\u001f")))));
    }

    public Uni<List<CartLineRow>> cartLines(long cartId) {
        return NativeSql.rows(CART_LINES, cartId).map(rows -> rows.stream().map(row -> new CartLineRow(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(), NativeSql.decimal(row[2]), ((String) row[3]).isEmpty() ? null : (String) row[3])).toList());
    }

    public Uni<Integer> markCheckedOut(long cartId) {
        return NativeSql.update(CHECKED_OUT, cartId);
    }

    public Uni<Long> insert(long storeId, long warehouseId, String actor) {
        return NativeSql.longValue(INSERT, storeId, warehouseId, actor);
    }

    public Uni<Optional<CartState>> lock(long cartId) {
        return NativeSql.rows(LOCK, cartId).map(rows -> rows.stream().findFirst()
                .map(row -> new CartState((String) row[0], ((Number) row[1]).intValue())));
    }

    /** Replaces the customer, salesperson, coupons and lines (numbered from 1 in the order given); the cart is open again. */
    public Uni<Integer> replace(long cartId, Long customerId, Long salespersonId, List<String> couponCodes, List<CartLineRow> lines) {
        Uni<Integer> deleted = NativeSql.update(DELETE_LINES, cartId);
        Uni<Integer> replaced = lines.isEmpty() ? deleted : deleted.chain(() -> NativeSql.update(INSERT_LINES, cartId,
                IntStream.rangeClosed(1, lines.size()).boxed().toArray(Integer[]::new),
                lines.stream().map(CartLineRow::skuId).toArray(Long[]::new), lines.stream().map(CartLineRow::quantity).toArray(Integer[]::new),
                lines.stream().map(l -> l.lineDiscount().toPlainString()).toArray(String[]::new),
                lines.stream().map(l -> l.discountReason() == null ? "" : l.discountReason()).toArray(String[]::new)));
        return replaced.chain(() -> NativeSql.update(REPLACE_HEAD, cartId, customerId == null ? 0L : customerId,
                salespersonId == null ? 0L : salespersonId, couponCodes.toArray(String[]::new)));
    }

    public Uni<Integer> hold(long cartId) {
        return NativeSql.update(HOLD, cartId);
    }
}
