package com.newretail.retail.domain;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.integration.api.IntegrationEvents;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.retail.persistence.OrderEventFacts;
import com.newretail.retail.persistence.OrderStore;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Announces orders and refunds to the finance and after-sales systems, in the sale's or the refund's
 * transaction: {@code retail.order.placed.v1} when an order is created (a till sale, paid and completed;
 * a pickup order, paid or not), {@code retail.return.refunded.v1} when a return is refunded. Amounts are
 * decimal strings, IDs the API's global IDs.
 */
@ApplicationScoped
public class OrderEvents {

    private final OrderEventFacts facts;
    private final IntegrationEvents events;

    public OrderEvents(OrderEventFacts facts, IntegrationEvents events) {
        this.facts = facts;
        this.events = events;
    }

    /** The order's event, from what {@link OrderStore#place} told of it. */
    public Uni<Void> placed(long orderId, JsonObject order) {
        String id = GlobalId.encode("Order", orderId);
        order.put("orderId", id);
        globalIds(order, "storeId", "OrgUnit", "warehouseId", "Warehouse", "customerId", "Customer", "salespersonId", "Staff");
        order.getJsonArray("lines").forEach(line -> globalIds((JsonObject) line, "skuId", "Sku"));
        return events.publish(IntegrationEvents.ORDER_PLACED, "Order", orderId, id, order);
    }

    /** A refund belongs to its order's stream: a consumer sees the order before its refunds. */
    public Uni<Void> refunded(long returnId) {
        return facts.refund(returnId).chain(refund -> {
            long orderId = refund.getLong("orderId");
            refund.put("returnId", GlobalId.encode("OrderReturn", returnId));
            globalIds(refund, "orderId", "Order", "storeId", "OrgUnit", "customerId", "Customer");
            refund.getJsonArray("lines").forEach(line -> globalIds((JsonObject) line, "skuId", "Sku"));
            return events.publish(IntegrationEvents.RETURN_REFUNDED, "Order", orderId, GlobalId.encode("OrderReturn", returnId), refund);
        });
    }

    /** Replaces numeric ids by global IDs: pairs of field and type; null stays null. */
    private static void globalIds(JsonObject json, String... fieldAndType) {
        for (int i = 0; i < fieldAndType.length; i += 2) {
            Object value = json.getValue(fieldAndType[i]);
            if (value instanceof Number number) {
                json.put(fieldAndType[i], GlobalId.encode(fieldAndType[i + 1], number.longValue()));
            }
        }
    }
}
