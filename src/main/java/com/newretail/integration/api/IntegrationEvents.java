package com.newretail.integration.api;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.integration.persistence.EventOutbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * How a module announces a change to the systems around us: in the change's own transaction, so an
 * event exists exactly when the change committed. Delivery (webhooks, Kafka) happens afterwards, at
 * least once and in order per aggregate. The formats are documented in {@code docs/events/}.
 */
@ApplicationScoped
public class IntegrationEvents {

    /** The catalog of event types; a type's name ends in its version, and a new version is a new type. */
    public static final String ORDER_PLACED = "retail.order.placed.v1";
    public static final String RETURN_REFUNDED = "retail.return.refunded.v1";
    public static final String STOCK_ADJUSTED = "inventory.stock.adjusted.v1";
    public static final String STAFF_CHANGED = "organization.staff.changed.v1";

    public static final java.util.List<String> TYPES = java.util.List.of(ORDER_PLACED, RETURN_REFUNDED, STOCK_ADJUSTED, STAFF_CHANGED);

    private final EventOutbox outbox;

    public IntegrationEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Records an event about an aggregate (e.g. {@code "Order"}, 42) whose subject is its global ID;
     * events of one aggregate are delivered in the order they were published.
     */
    public Uni<Void> publish(String type, String aggregateType, long aggregateId, String subject, JsonObject data) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown integration event type " + type);
        }
        return outbox.append(type, "/new-retail/" + type.substring(0, type.indexOf('.')), subject, aggregateType + ":" + aggregateId, data.encode());
    }
}
