package com.newretail.retail.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;
import com.newretail.retail.persistence.RetailReader.OrderQuery;

/** The read models of orders and their lines: the planner's statements and {@link RetailReader}'s select lists. */
public final class RetailReadModels {

    public static final ReadModel ORDER = ReadModel.of("Order", "retail_order o", "o.id")
            .id("id")
            .scalar("receiptNo", "o.receipt_no", Codec.STRING)
            .scalar("businessDate", "o.business_date", Codec.DATE)
            .scalar("status", "o.status", Codec.ENUM)
            .scalar("kind", "o.kind", Codec.ENUM)
            .scalar("version", "o.version", Codec.INT)
            .scalar("pickupBy", "o.pickup_by", Codec.DATE_TIME)
            .money("subtotal", "o.subtotal", "o.currency")
            .money("lineDiscounts", "o.line_discounts", "o.currency")
            .money("couponDiscount", "o.coupon_discount", "o.currency")
            .money("total", "o.total", "o.currency")
            .money("paid", "o.paid", "o.currency")
            .money("change", "o.change_given", "o.currency")
            .scalar("createdBy", "o.created_by", Codec.STRING)
            .scalar("createdAt", "o.created_at", Codec.DATE_TIME)
            .many("lines", "OrderLine", "l.order_id", "l.line_no")
            .many("returns", "OrderReturn", "ret.order_id", "ret.id")
            .one("store", "OrgUnit", "o.store_id")
            .one("customer", "Customer", "o.customer_id")
            .one("salesperson", "Staff", "o.salesperson_id")
            .build();

    /** A line's money is in its order's currency (read only when a client asks for it). */
    private static final String LINE_CURRENCY = "(SELECT lo.currency FROM retail_order lo WHERE lo.id = l.order_id)";

    public static final ReadModel ORDER_LINE = ReadModel.of("OrderLine", "order_line l", "l.order_id")
            .scalar("lineNo", "l.line_no", Codec.INT)
            .scalar("quantity", "l.quantity", Codec.INT)
            .money("unitPrice", "l.unit_price", LINE_CURRENCY)
            .money("lineDiscount", "l.line_discount", LINE_CURRENCY)
            .scalar("discountReason", "l.discount_reason", Codec.STRING)
            .money("couponShare", "l.coupon_share", LINE_CURRENCY)
            .money("lineTotal", "l.line_total", LINE_CURRENCY)
            .one("sku", "Sku", "l.sku_id")
            .build();

    /** A return's money is in its order's currency. */
    private static final String RETURN_CURRENCY = "(SELECT ro.currency FROM retail_order ro WHERE ro.id = ret.order_id)";

    public static final ReadModel ORDER_RETURN = ReadModel.of("OrderReturn", "order_return ret", "ret.id")
            .id("id")
            .scalar("status", "ret.status", Codec.ENUM)
            .scalar("version", "ret.version", Codec.INT)
            .scalar("reason", "ret.reason", Codec.ENUM)
            .scalar("note", "ret.note", Codec.STRING)
            .money("refundTotal", "ret.refund_total", RETURN_CURRENCY)
            .scalar("requestedBy", "ret.requested_by", Codec.STRING)
            .scalar("requestedAt", "ret.requested_at", Codec.DATE_TIME)
            .scalar("decidedBy", "ret.decided_by", Codec.STRING)
            .scalar("refundedBy", "ret.refunded_by", Codec.STRING)
            .scalar("refundedAt", "ret.refunded_at", Codec.DATE_TIME)
            .one("order", "Order", "ret.order_id")
            .many("lines", "ReturnLine", "retl.return_id", "retl.line_no")
            .many("refunds", "Refund", "rfd.return_id", "rfd.id")
            .build();

    /** The currency of the return a row of {@code alias} belongs to (through its {@code return_id}). */
    private static String currencyOfReturn(String alias) {
        return "(SELECT ro.currency FROM order_return rr JOIN retail_order ro ON ro.id = rr.order_id WHERE rr.id = " + alias + ".return_id)";
    }

    public static final ReadModel RETURN_LINE = ReadModel.of("ReturnLine", "order_return_line retl", "retl.return_id")
            .scalar("lineNo", "retl.line_no", Codec.INT)
            .scalar("quantity", "retl.quantity", Codec.INT)
            .scalar("condition", "retl.condition", Codec.ENUM)
            .money("refundAmount", "retl.refund_amount", currencyOfReturn("retl"))
            .one("sku", "Sku", "retl.sku_id")
            .build();

    public static final ReadModel REFUND = ReadModel.of("Refund", "refund rfd", "rfd.return_id")
            .scalar("tender", "rfd.tender", Codec.ENUM)
            .money("amount", "rfd.amount", currencyOfReturn("rfd"))
            .scalar("reference", "rfd.reference", Codec.STRING)
            .build();

    /** The returns' FROM: the return, its order and the order's store, whose path the scope reads. */
    private static final String RETURN_FROM = "order_return ret JOIN retail_order o ON o.id = ret.order_id JOIN org_unit s ON s.id = o.store_id";

    /** The aliases of {@link #RETURN_FROM}. */
    public static final java.util.Set<String> RETURN_ALIASES = java.util.Set.of("ret", "o", "s");

    /** Returns by id and/or of orders (null: any), within the scope of their order's store, by id. */
    public static ReadRoot.Selection returns(List<Long> ids, List<Long> orderIds, DataScope scope, SqlArgs args) {
        StringBuilder where = new StringBuilder(scope.predicate("s.path", null, args));
        if (ids != null) {
            where.append(" AND ret.id = ANY(").append(args.add(ids.toArray(Long[]::new))).append(")");
        }
        if (orderIds != null) {
            where.append(" AND ret.order_id = ANY(").append(args.add(orderIds.toArray(Long[]::new))).append(")");
        }
        return new ReadRoot.Selection(RETURN_FROM, where.toString(), "ret.id", List.of());
    }

    /** The aliases of the orders' FROM (the order and its store). */
    public static final java.util.Set<String> ORDER_ALIASES = java.util.Set.of("o", "s");

    private RetailReadModels() {
    }

    /** A customer's orders within the scope, newest first after the cursor's order id; {@code customerId} is its SQL expression. */
    public static ReadRoot.Selection customerOrders(String customerId, DataScope scope, Long afterId, SqlArgs args) {
        ReadRoot.Selection all = orders(scope, new OrderQuery(null, null, null, null, null, null, null, null, null, null), null, afterId, false,
                args);
        return new ReadRoot.Selection(all.from(), all.where() + " AND o.customer_id = " + customerId, all.orderBy(), all.cursorSql());
    }

    /**
     * The orders of a list within the scope, filtered, newest (or oldest) first after the cursor's
     * order id: the {@code orders} and {@code Customer.orders} resolvers' statement and the planner's.
     */
    public static ReadRoot.Selection orders(DataScope scope, OrderQuery q, List<Long> ids, Long afterId, boolean oldestFirst, SqlArgs args) {
        StringBuilder where = new StringBuilder(scope.predicate("s.path", null, args));
        if (ids != null) {
            where.append(" AND o.id = ANY(").append(args.add(ids.toArray(Long[]::new))).append(")");
        }
        if (q.storeId() != null) {
            where.append(" AND o.store_id = ").append(args.add(q.storeId()));
        }
        if (q.underOrgUnitId() != null) {
            where.append(" AND s.path LIKE (SELECT path FROM org_unit WHERE id = ").append(args.add(q.underOrgUnitId())).append(") || '%'");
        }
        if (q.status() != null) {
            where.append(" AND o.status = ").append(args.add(q.status()));
        }
        if (q.from() != null) {
            where.append(" AND o.created_at >= ").append(args.add(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND o.created_at < ").append(args.add(q.to()));
        }
        if (q.customerId() != null) {
            where.append(" AND o.customer_id = ").append(args.add(q.customerId()));
        }
        if (q.salespersonId() != null) {
            where.append(" AND o.salesperson_id = ").append(args.add(q.salespersonId()));
        }
        if (q.skuId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.sku_id = ").append(args.add(q.skuId())).append(")");
        }
        if (q.minTotal() != null) {
            where.append(" AND o.total >= ").append(args.add(q.minTotal()));
        }
        if (q.maxTotal() != null) {
            where.append(" AND o.total <= ").append(args.add(q.maxTotal()));
        }
        if (afterId != null) {
            where.append(oldestFirst ? " AND o.id > " : " AND o.id < ").append(args.add(afterId));
        }
        // LEFT JOIN: store_id is NOT NULL and references org_unit, so it is the inner join's rows, and
        // PostgreSQL drops the join when no scope predicate reads s (HQ), which it cannot do for a JOIN.
        return new ReadRoot.Selection("retail_order o LEFT JOIN org_unit s ON s.id = o.store_id", where.toString(),
                oldestFirst ? "o.id" : "o.id DESC", List.of("o.id"));
    }
}
