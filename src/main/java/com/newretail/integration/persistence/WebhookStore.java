package com.newretail.integration.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of webhook subscriptions and manual redeliveries, inside the mutation's transaction. */
@ApplicationScoped
public class WebhookStore {

    private static final String INSERT = """
            INSERT INTO webhook_subscription (url, event_types, secret, description, created_by) VALUES (?1, cast(?2 as text[]), ?3, ?4, ?5) RETURNING id""";

    private static final String LOCK = "SELECT version FROM webhook_subscription WHERE id = ?1 FOR UPDATE";

    private static final String UPDATE = """
            UPDATE webhook_subscription SET url = coalesce(?2, url), event_types = coalesce(cast(?3 as text[]), event_types),
                   secret = coalesce(?4, secret), description = coalesce(?5, description), active = coalesce(cast(?6 as boolean), active),
                   version = version + 1, updated_at = now()
            WHERE id = ?1""";

    private static final String LOCK_DELIVERY = "SELECT status FROM webhook_delivery WHERE id = ?1 FOR UPDATE";

    private static final String REDELIVER = """
            UPDATE webhook_delivery SET status = 'PENDING', retry_from = attempts, next_attempt_at = now(), lease_until = NULL WHERE id = ?1""";

    public Uni<Long> insert(String url, List<String> eventTypes, String secret, String description, String actor) {
        return NativeSql.longValue(INSERT, url, eventTypes.toArray(String[]::new), secret, description, actor);
    }

    /** The subscription's version, locked; empty when there is none. */
    public Uni<Optional<Integer>> lock(long id) {
        return NativeSql.scalars(LOCK, Integer.class, id).map(rows -> rows.stream().findFirst());
    }

    /** Changes what is given (nulls keep the current value). */
    public Uni<Void> update(long id, String url, List<String> eventTypes, String secret, String description, Boolean active) {
        return NativeSql.update(UPDATE, id, url, eventTypes == null ? null : eventTypes.toArray(String[]::new), secret, description, active)
                .replaceWithVoid();
    }

    public Uni<Optional<String>> lockDelivery(long id) {
        return NativeSql.scalars(LOCK_DELIVERY, String.class, id).map(rows -> rows.stream().findFirst());
    }

    public Uni<Void> redeliver(long id) {
        return NativeSql.update(REDELIVER, id).replaceWithVoid();
    }
}
