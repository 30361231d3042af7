package com.newretail.integration.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.DeferredWrites;

import io.smallrye.mutiny.Uni;

/** Appends to the event outbox in the caller's transaction, with a delivery for each active subscription of its type. */
@ApplicationScoped
public class EventOutbox {

    private static final String EVENT = """
            {e} AS (INSERT INTO integration_event (type, source, subject, aggregate_key, data) VALUES (?1, ?2, ?3, ?4, cast(cast(?5 as text) as jsonb))
                RETURNING id, type, aggregate_key)""";
    private static final String DELIVERIES = """
            INSERT INTO webhook_delivery (subscription_id, event_id, aggregate_key)
            SELECT s.id, e.id, e.aggregate_key FROM {e} e JOIN webhook_subscription s ON s.active AND e.type = ANY(s.event_types)""";

    public Uni<Void> append(String type, String source, String subject, String aggregateKey, String data) {
        return DeferredWrites.writeWith(new Object[] {type, source, subject, aggregateKey, data}, EVENT, DELIVERIES);
    }
}
