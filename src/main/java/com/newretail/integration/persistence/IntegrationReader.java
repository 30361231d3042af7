package com.newretail.integration.persistence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of webhooks through {@link IntegrationReadModels}. */
@ApplicationScoped
public class IntegrationReader {

    public record SubscriptionRow(long id, String url, List<String> eventTypes, String description, boolean active, int version, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    public record DeliveryRow(long id, long subscriptionId, long eventId, String status, int attempts, OffsetDateTime nextAttemptAt,
            Integer lastStatusCode, String lastError, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

    public record EventRow(long id, String eventId, String type, String source, String subject, OffsetDateTime time, String data) {
    }

    private final Pool pool;

    public IntegrationReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SubscriptionRow>> subscriptionsByIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, IntegrationReadModels.subscriptionsByIds(ids, args).statement(IntegrationReadModels.SUBSCRIPTION.plainColumns(),
                null), args, IntegrationReader::subscription);
    }

    public Uni<List<SubscriptionRow>> subscriptions(Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, IntegrationReadModels.subscriptions(afterId, args).statement(IntegrationReadModels.SUBSCRIPTION.plainColumns(),
                Integer.toString(limit)), args, IntegrationReader::subscription);
    }

    public Uni<List<DeliveryRow>> deliveriesByIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, IntegrationReadModels.deliveriesByIds(ids, args).statement(IntegrationReadModels.DELIVERY.plainColumns(), null),
                args, IntegrationReader::delivery);
    }

    public Uni<List<DeliveryRow>> deliveries(long subscriptionId, String status, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, IntegrationReadModels.deliveries(subscriptionId, status, afterId, args)
                .statement(IntegrationReadModels.DELIVERY.plainColumns(), Integer.toString(limit)), args, IntegrationReader::delivery);
    }

    public Uni<Map<Long, EventRow>> events(List<Long> ids) {
        return PoolQueries.list(pool, "SELECT ie.id, ie.event_id, ie.type, ie.source, ie.subject, ie.occurred_at, ie.data::text FROM integration_event ie "
                + "WHERE ie.id = ANY($1)", Tuple.of(ids.toArray(Long[]::new)), row -> new EventRow(row.getLong(0), row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getOffsetDateTime(5), row.getString(6))).map(rows -> {
                            Map<Long, EventRow> byId = new HashMap<>();
                            rows.forEach(row -> byId.put(row.id(), row));
                            return byId;
                        });
    }

    private static SubscriptionRow subscription(Row row) {
        return new SubscriptionRow(row.getLong("id"), row.getString("url"), List.of(row.getArrayOfStrings("event_types")), row.getString("description"),
                row.getBoolean("active"), row.getInteger("version"), row.getString("created_by"), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    private static DeliveryRow delivery(Row row) {
        return new DeliveryRow(row.getLong("id"), row.getLong("subscription_id"), row.getLong("event_id"), row.getString("status"),
                row.getInteger("attempts"), row.getOffsetDateTime("next_attempt_at"), row.getInteger("last_status_code"), row.getString("last_error"),
                row.getOffsetDateTime("delivered_at"), row.getOffsetDateTime("created_at"));
    }
}
