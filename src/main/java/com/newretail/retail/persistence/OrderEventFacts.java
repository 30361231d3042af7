package com.newretail.retail.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * A refund as its integration event tells it, read in the transaction that made it (raw ids; the caller
 * makes them global). An order's comes from the statement that writes it ({@link OrderStore#place}).
 */
@ApplicationScoped
public class OrderEventFacts {

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
