package com.newretail.retail.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * An order or a refund as its integration event tells it, read in the transaction that made it (raw ids;
 * the caller makes them global). An order's is read as its receipt is numbered ({@link OrderStore#issueReceipt}).
 */
@ApplicationScoped
public class OrderEventFacts {

    /** What the order's event tells, over {@code o} (its retail_order row), its receipt number given by {@code receiptNo}. */
    static String orderJson(String receiptNo) {
        return """
                json_build_object(
                    'receiptNo', %s, 'kind', o.kind, 'status', o.status, 'businessDate', o.business_date, 'storeId', o.store_id,
                    'warehouseId', o.warehouse_id, 'customerId', o.customer_id, 'salespersonId', o.salesperson_id, 'currency', o.currency,
                    'subtotal', o.subtotal::text, 'lineDiscounts', o.line_discounts::text, 'couponDiscount', o.coupon_discount::text,
                    'total', o.total::text, 'paid', o.paid::text, 'changeGiven', o.change_given::text, 'createdAt', o.created_at, 'createdBy', o.created_by,
                    'lines', coalesce((SELECT json_agg(json_build_object('lineNo', l.line_no, 'skuId', l.sku_id, 'quantity', l.quantity,
                            'unitPrice', l.unit_price::text, 'lineDiscount', l.line_discount::text, 'couponShare', l.coupon_share::text,
                            'lineTotal', l.line_total::text) ORDER BY l.line_no) FROM order_line l WHERE l.order_id = o.id), '[]'),
                    'payments', coalesce((SELECT json_agg(json_build_object('tender', p.tender, 'amount', p.amount::text, 'reference', p.reference)
                            ORDER BY p.id) FROM payment p WHERE p.order_id = o.id), '[]'))::text""".formatted(receiptNo);
    }

    private static final String REFUND = """
            SELECT json_build_object(
                'orderId', o.id, 'receiptNo', o.receipt_no, 'storeId', o.store_id, 'customerId', o.customer_id, 'currency', o.currency,
                'reason', r.reason, 'refundTotal', r.refund_total::text, 'refundedAt', r.refunded_at, 'refundedBy', r.refunded_by,
                'lines', coalesce((SELECT json_agg(json_build_object('lineNo', rl.line_no, 'skuId', rl.sku_id, 'quantity', rl.quantity,
                        'condition', rl.condition, 'refundAmount', rl.refund_amount::text) ORDER BY rl.line_no)
                        FROM order_return_line rl WHERE rl.return_id = r.id), '[]'),
                'refunds', coalesce((SELECT json_agg(json_build_object('tender', f.tender, 'amount', f.amount::text, 'reference', f.reference)
                        ORDER BY f.id) FROM refund f WHERE f.return_id = r.id), '[]'))::text
            FROM order_return r JOIN retail_order o ON o.id = r.order_id WHERE r.id = ?1""";

    public Uni<JsonObject> refund(long returnId) {
        return NativeSql.scalars(REFUND, String.class, returnId).map(rows -> new JsonObject(rows.get(0)));
    }
}
