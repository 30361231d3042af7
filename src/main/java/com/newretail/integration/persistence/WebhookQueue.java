package com.newretail.integration.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The webhook deliveries' work queue, each statement its own transaction: claim due deliveries under a
 * lease ({@code SKIP LOCKED}, so several replicas share the work) — never one whose subscription still
 * has an earlier event of the same aggregate pending, so an aggregate's events arrive in order — then
 * record each outcome only while the claim is still this worker's (the attempt number fences it).
 */
@ApplicationScoped
public class WebhookQueue {

    /** A claimed delivery with its event and where it goes. */
    public record Claimed(long id, int attempt, int retryFrom, String url, String secret, String eventId, String type, String source,
            String subject, String aggregateKey, OffsetDateTime time, String data) {
    }

    private static final String CLAIM = """
            UPDATE webhook_delivery d SET status = 'DELIVERING', attempts = d.attempts + 1,
                   lease_until = now() + cast($2 as double precision) * interval '1 millisecond'
            FROM (SELECT d1.id FROM webhook_delivery d1
                  WHERE d1.status IN ('PENDING', 'DELIVERING') AND d1.next_attempt_at <= now() AND (d1.status = 'PENDING' OR d1.lease_until < now())
                    AND NOT EXISTS (SELECT 1 FROM webhook_delivery d0 WHERE d0.subscription_id = d1.subscription_id
                                    AND d0.aggregate_key = d1.aggregate_key AND d0.event_id < d1.event_id AND d0.status IN ('PENDING', 'DELIVERING'))
                  ORDER BY d1.next_attempt_at, d1.id LIMIT $1 FOR UPDATE SKIP LOCKED) due,
                 integration_event e, webhook_subscription s
            WHERE d.id = due.id AND e.id = d.event_id AND s.id = d.subscription_id
            RETURNING d.id, d.attempts, d.retry_from, s.url, s.secret, e.event_id, e.type, e.source, e.subject, e.aggregate_key, e.occurred_at, e.data::text""";

    private static final String DELIVERED = """
            UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), lease_until = NULL, last_status_code = $3, last_error = NULL
            WHERE id = $1 AND status = 'DELIVERING' AND attempts = $2""";

    private static final String RETRY = """
            UPDATE webhook_delivery SET status = 'PENDING', lease_until = NULL, last_status_code = $3, last_error = $4,
                   next_attempt_at = now() + cast($5 as double precision) * interval '1 millisecond'
            WHERE id = $1 AND status = 'DELIVERING' AND attempts = $2""";

    private static final String DEAD = """
            UPDATE webhook_delivery SET status = 'DEAD', lease_until = NULL, last_status_code = $3, last_error = $4
            WHERE id = $1 AND status = 'DELIVERING' AND attempts = $2""";

    private final Pool pool;

    public WebhookQueue(Pool pool) {
        this.pool = pool;
    }

    /** Deliveries not delivered yet (pending or being sent), and the age in seconds of the oldest of them (0 without any). */
    public record Backlog(long deliveries, double oldestSeconds) {
    }

    public Uni<Backlog> backlog() {
        return PoolQueries.list(pool, "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 FROM webhook_delivery "
                + "WHERE status IN ('PENDING', 'DELIVERING')", Tuple.tuple(), row -> new Backlog(row.getLong(0), row.getDouble(1)))
                .map(rows -> rows.get(0));
    }

    public Uni<List<Claimed>> claim(int limit, Duration lease) {
        return PoolQueries.list(pool, CLAIM, Tuple.of(limit, (double) lease.toMillis()), row -> new Claimed(row.getLong(0), row.getInteger(1),
                row.getInteger(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), row.getOffsetDateTime(10), row.getString(11)));
    }

    public Uni<Boolean> delivered(Claimed delivery, int status) {
        return pool.preparedQuery(DELIVERED).execute(Tuple.of(delivery.id(), delivery.attempt(), status)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> retry(Claimed delivery, Integer status, String error, Duration wait) {
        return pool.preparedQuery(RETRY).execute(Tuple.of(delivery.id(), delivery.attempt(), status, error, (double) wait.toMillis()))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> dead(Claimed delivery, Integer status, String error) {
        return pool.preparedQuery(DEAD).execute(Tuple.of(delivery.id(), delivery.attempt(), status, error)).map(rows -> rows.rowCount() == 1);
    }
}
