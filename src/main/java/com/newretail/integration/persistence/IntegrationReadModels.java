package com.newretail.integration.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of webhook subscriptions, their deliveries and the events they carry. Webhooks are
 * installation-wide (the rules give them to headquarters admins), so no data-scope predicate applies.
 * A subscription's secret is never read.
 */
public final class IntegrationReadModels {

    public static final ReadModel SUBSCRIPTION = ReadModel.of("WebhookSubscription", "webhook_subscription ws", "ws.id")
            .id("id")
            .scalar("url", "ws.url", Codec.STRING)
            .scalar("eventTypes", "ws.event_types", Codec.STRING_LIST)
            .scalar("description", "ws.description", Codec.STRING)
            .scalar("active", "ws.active", Codec.BOOLEAN)
            .scalar("version", "ws.version", Codec.INT)
            .scalar("createdBy", "ws.created_by", Codec.STRING)
            .scalar("createdAt", "ws.created_at", Codec.DATE_TIME)
            .scalar("updatedAt", "ws.updated_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel DELIVERY = ReadModel.of("WebhookDelivery", "webhook_delivery wd", "wd.id")
            .id("id")
            .scalar("status", "wd.status", Codec.ENUM)
            .scalar("attempts", "wd.attempts", Codec.INT)
            .scalar("nextAttemptAt", "wd.next_attempt_at", Codec.DATE_TIME)
            .scalar("lastStatusCode", "wd.last_status_code", Codec.INT)
            .scalar("lastError", "wd.last_error", Codec.STRING)
            .scalar("deliveredAt", "wd.delivered_at", Codec.DATE_TIME)
            .scalar("createdAt", "wd.created_at", Codec.DATE_TIME)
            .one("subscription", "WebhookSubscription", "wd.subscription_id")
            .one("event", "IntegrationEvent", "wd.event_id")
            .build();

    public static final ReadModel EVENT = ReadModel.of("IntegrationEvent", "integration_event ie", "ie.id")
            .scalar("eventId", "ie.event_id", Codec.STRING)
            .scalar("type", "ie.type", Codec.STRING)
            .scalar("source", "ie.source", Codec.STRING)
            .scalar("subject", "ie.subject", Codec.STRING)
            .scalar("time", "ie.occurred_at", Codec.DATE_TIME)
            .scalar("data", "ie.data::text", Codec.STRING)
            .build();

    private IntegrationReadModels() {
    }

    public static ReadRoot.Selection subscriptionsByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(SUBSCRIPTION.from(), "ws.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Subscriptions, newest first, after the cursor's id. */
    public static ReadRoot.Selection subscriptions(Long afterId, SqlArgs args) {
        return new ReadRoot.Selection(SUBSCRIPTION.from(), afterId == null ? "true" : "ws.id < " + args.add(afterId), "ws.id DESC", List.of("ws.id"));
    }

    public static ReadRoot.Selection deliveriesByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(DELIVERY.from(), "wd.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** A subscription's deliveries (optionally of one status), newest first, after the cursor's id. */
    public static ReadRoot.Selection deliveries(long subscriptionId, String status, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder("wd.subscription_id = ").append(args.add(subscriptionId));
        if (status != null) {
            where.append(" AND wd.status = ").append(args.add(status));
        }
        if (afterId != null) {
            where.append(" AND wd.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(DELIVERY.from(), where.toString(), "wd.id DESC", List.of("wd.id"));
    }
}
