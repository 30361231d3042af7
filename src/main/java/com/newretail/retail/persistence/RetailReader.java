package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;
import com.newretail.retail.domain.CartLineDraft;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of carts and orders; both are visible when their store is inside the caller's scope. */
@ApplicationScoped
public class RetailReader {

    public record CartRow(long id, long storeId, long warehouseId, String status, Long customerId, Long salespersonId,
            List<String> couponCodes, int version, String createdBy, OffsetDateTime createdAt, List<CartLineDraft> lines) {
    }

    public record OrderRow(long id, long storeId, String receiptNo, LocalDate businessDate, String status, Long customerId,
            Long salespersonId, String currency, BigDecimal subtotal, BigDecimal lineDiscounts, BigDecimal couponDiscount,
            BigDecimal total, BigDecimal paid, BigDecimal changeGiven, String createdBy, OffsetDateTime createdAt, String kind, int version,
            OffsetDateTime pickupBy) {
    }

    public record OrderLineRow(long orderId, int lineNo, long skuId, int quantity, BigDecimal unitPrice, BigDecimal lineDiscount,
            String discountReason, BigDecimal couponShare, BigDecimal lineTotal) {
    }

    public record PaymentRow(long orderId, String tender, BigDecimal amount, String reference) {
    }

    public record EventRow(long orderId, String type, String actor, String detail, OffsetDateTime at) {
    }

    public record ReturnRow(long id, long orderId, long storeId, String status, int version, String reason, String note,
            BigDecimal refundTotal, String currency, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
            OffsetDateTime decidedAt, String refundedBy, OffsetDateTime refundedAt) {
    }

    public record ReturnLineRow(long returnId, int lineNo, long skuId, int quantity, String condition, BigDecimal refundAmount) {
    }

    public record RefundRow(long returnId, String tender, BigDecimal amount, String reference) {
    }

    public record OrderQuery(Long storeId, Long underOrgUnitId, String status, OffsetDateTime from, OffsetDateTime to, Long customerId,
            Long salespersonId, Long skuId, BigDecimal minTotal, BigDecimal maxTotal) {
    }

    private final Pool pool;

    public RetailReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<CartRow>> carts(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT c.id, c.store_id, c.warehouse_id, c.status, c.customer_id, c.salesperson_id, c.coupon_codes, c.version, c.created_by, "
                + "c.created_at, array(SELECT l.sku_id FROM cart_line l WHERE l.cart_id = c.id ORDER BY l.line_no) AS skus, "
                + "array(SELECT l.quantity FROM cart_line l WHERE l.cart_id = c.id ORDER BY l.line_no) AS quantities, "
                + "array(SELECT l.line_discount::text FROM cart_line l WHERE l.cart_id = c.id ORDER BY l.line_no) AS discounts, "
                + "array(SELECT coalesce(l.discount_reason, '') FROM cart_line l WHERE l.cart_id = c.id ORDER BY l.line_no) AS reasons "
                + "FROM cart c JOIN org_unit s ON s.id = c.store_id WHERE c.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND "
                + scope.predicate("s.path", null, args);
        return query(sql, args, row -> {
            Long[] skus = row.getArrayOfLongs("skus");
            Integer[] quantities = row.getArrayOfIntegers("quantities");
            String[] discounts = row.getArrayOfStrings("discounts");
            String[] reasons = row.getArrayOfStrings("reasons");
            List<CartLineDraft> lines = new ArrayList<>();
            for (int i = 0; i < skus.length; i++) {
                lines.add(new CartLineDraft(skus[i], quantities[i], new BigDecimal(discounts[i]), reasons[i].isEmpty() ? null : reasons[i]));
            }
            return new CartRow(row.getLong("id"), row.getLong("store_id"), row.getLong("warehouse_id"), row.getString("status"),
                    row.getLong("customer_id"), row.getLong("salesperson_id"), List.of(row.getArrayOfStrings("coupon_codes")),
                    row.getInteger("version"), row.getString("created_by"), row.getOffsetDateTime("created_at"), lines);
        });
    }

    public Uni<List<OrderRow>> orders(List<Long> ids, DataScope scope) {
        return orderPage(scope, new OrderQuery(null, null, null, null, null, null, null, null, null, null), ids, null, false, ids.size());
    }

    /** Orders within the scope, filtered, newest first (or oldest first), a page after the cursor's order id. */
    public Uni<List<OrderRow>> orderPage(DataScope scope, OrderQuery q, List<Long> ids, Long afterId, boolean oldestFirst, int limit) {
        SqlArgs args = new SqlArgs();
        ReadRoot.Selection rows = RetailReadModels.orders(scope, q, ids, afterId, oldestFirst, args);
        return orderRows(rows.statement(RetailReadModels.ORDER.plainColumns(), args.add(limit)), args);
    }

    private Uni<List<OrderRow>> orderRows(String sql, SqlArgs args) {
        return query(sql, args, row -> new OrderRow(row.getLong("id"), row.getLong("store_id"), row.getString("receipt_no"),
                row.getLocalDate("business_date"), row.getString("status"), row.getLong("customer_id"), row.getLong("salesperson_id"),
                row.getString("currency"), SqlNumbers.decimal(row, "subtotal"), SqlNumbers.decimal(row, "line_discounts"),
                SqlNumbers.decimal(row, "coupon_discount"), SqlNumbers.decimal(row, "total"), SqlNumbers.decimal(row, "paid"),
                SqlNumbers.decimal(row, "change_given"), row.getString("created_by"), row.getOffsetDateTime("created_at"), row.getString("kind"),
                row.getInteger("version"), row.getOffsetDateTime("pickup_by")));
    }

    /** A customer's orders within the scope, newest first, a page after the cursor's order id. */
    public Uni<List<OrderRow>> customerOrderPage(DataScope scope, long customerId, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        ReadRoot.Selection rows = RetailReadModels.customerOrders(args.add(customerId), scope, afterId, args);
        return orderRows(rows.statement(RetailReadModels.ORDER.plainColumns(), args.add(limit)), args);
    }

    public Uni<List<OrderLineRow>> lines(List<Long> orderIds) {
        SqlArgs args = new SqlArgs();
        return query("SELECT " + RetailReadModels.ORDER_LINE.plainColumns() + " FROM " + RetailReadModels.ORDER_LINE.from() + " WHERE l.order_id = ANY(" + args.add(orderIds.toArray(Long[]::new)) + ") ORDER BY l.order_id, l.line_no",
                args, row -> new OrderLineRow(row.getLong("order_id"), row.getInteger("line_no"), row.getLong("sku_id"),
                        row.getInteger("quantity"), SqlNumbers.decimal(row, "unit_price"), SqlNumbers.decimal(row, "line_discount"),
                        row.getString("discount_reason"), SqlNumbers.decimal(row, "coupon_share"), SqlNumbers.decimal(row, "line_total")));
    }

    public Uni<List<PaymentRow>> payments(List<Long> orderIds) {
        SqlArgs args = new SqlArgs();
        return query("SELECT order_id, tender, amount, reference FROM payment WHERE order_id = ANY(" + args.add(orderIds.toArray(Long[]::new)) + ") ORDER BY order_id, id",
                args, row -> new PaymentRow(row.getLong("order_id"), row.getString("tender"), SqlNumbers.decimal(row, "amount"),
                        row.getString("reference")));
    }

    public Uni<List<EventRow>> events(List<Long> orderIds) {
        SqlArgs args = new SqlArgs();
        return query("SELECT order_id, type, actor, detail, at FROM order_event WHERE order_id = ANY(" + args.add(orderIds.toArray(Long[]::new)) + ") ORDER BY order_id, id",
                args, row -> new EventRow(row.getLong("order_id"), row.getString("type"), row.getString("actor"), row.getString("detail"),
                        row.getOffsetDateTime("at")));
    }

    /** Returns by id or of orders, within the scope of their order's store. */
    public Uni<List<ReturnRow>> returns(List<Long> ids, List<Long> orderIds, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = RetailReadModels.returns(ids, orderIds, scope, args)
                .statement(RetailReadModels.ORDER_RETURN.plainColumns() + ", ret.decided_at, o.store_id, o.currency", null);
        return query(sql, args, row -> new ReturnRow(row.getLong("id"), row.getLong("order_id"), row.getLong("store_id"),
                row.getString("status"), row.getInteger("version"), row.getString("reason"), row.getString("note"),
                SqlNumbers.decimal(row, "refund_total"), row.getString("currency"), row.getString("requested_by"),
                row.getOffsetDateTime("requested_at"), row.getString("decided_by"), row.getOffsetDateTime("decided_at"),
                row.getString("refunded_by"), row.getOffsetDateTime("refunded_at")));
    }

    public Uni<List<ReturnLineRow>> returnLines(List<Long> returnIds) {
        SqlArgs args = new SqlArgs();
        return query("SELECT " + RetailReadModels.RETURN_LINE.plainColumns() + " FROM " + RetailReadModels.RETURN_LINE.from()
                + " WHERE retl.return_id = ANY(" + args.add(returnIds.toArray(Long[]::new)) + ") ORDER BY retl.return_id, retl.line_no", args, row -> new ReturnLineRow(row.getLong("return_id"), row.getInteger("line_no"),
                        row.getLong("sku_id"), row.getInteger("quantity"), row.getString("condition"), SqlNumbers.decimal(row, "refund_amount")));
    }

    public Uni<List<RefundRow>> refunds(List<Long> returnIds) {
        SqlArgs args = new SqlArgs();
        return query("SELECT " + RetailReadModels.REFUND.plainColumns() + " FROM " + RetailReadModels.REFUND.from()
                + " WHERE rfd.return_id = ANY(" + args.add(returnIds.toArray(Long[]::new)) + ") ORDER BY rfd.return_id, rfd.id", args, row -> new RefundRow(row.getLong("return_id"), row.getString("tender"), SqlNumbers.decimal(row, "amount"),
                        row.getString("reference")));
    }

    private <T> Uni<List<T>> query(String sql, SqlArgs args, Function<Row, T> mapper) {
        return PoolQueries.list(pool, sql, args, mapper);
    }
}
