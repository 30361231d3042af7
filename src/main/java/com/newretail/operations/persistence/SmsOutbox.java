package com.newretail.operations.persistence;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerSelections;
import com.newretail.platform.persistence.PoolQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The SMS outbox as the dispatcher drains it, one statement at a time on the write pool (each its own
 * transaction): claim due texts under a lease ({@code SKIP LOCKED}, so several replicas share the
 * work), then record each outcome only if the claim is still this worker's.
 */
@ApplicationScoped
public class SmsOutbox {

    /** A claimed text: the attempt number is the claim's fencing token. */
    public record Claimed(long id, String mobile, String body, int attempt, Long linkId) {
    }

    private static final String WITHDRAWN = """
            UPDATE sms_message m SET status = 'FAILED', last_error = 'SMS consent withdrawn', lease_until = NULL
            WHERE m.status = 'QUEUED' AND m.next_attempt_at <= now() AND %s""";

    private static final String CLAIM = """
            UPDATE sms_message m SET status = 'SENDING', attempts = m.attempts + 1, lease_until = now() + cast($2 as double precision) * interval '1 millisecond'
            FROM (SELECT id FROM sms_message
                  WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= now() AND (status = 'QUEUED' OR lease_until < now())
                  ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) due
            WHERE m.id = due.id
            RETURNING m.id, m.mobile, m.body, m.attempts, m.link_id""";

    private static final String SENT = """
            UPDATE sms_message SET status = 'SENT', provider_message_id = $3, sent_at = now(), lease_until = NULL, last_error = NULL
            WHERE id = $1 AND status = 'SENDING' AND attempts = $2""";

    private static final String RETRY = """
            UPDATE sms_message SET status = 'QUEUED', next_attempt_at = now() + cast($3 as double precision) * interval '1 millisecond', last_error = $4, lease_until = NULL
            WHERE id = $1 AND status = 'SENDING' AND attempts = $2""";

    private static final String FAILED = """
            UPDATE sms_message SET status = 'FAILED', last_error = $3, lease_until = NULL WHERE id = $1 AND status = 'SENDING' AND attempts = $2""";

    /** The gateway's report; a late SENDING (callback before our own record) counts too. */
    private static final String DELIVERY = """
            UPDATE sms_message SET status = $2, delivered_at = CASE WHEN $2 = 'DELIVERED' THEN now() END, last_error = $3, lease_until = NULL
            WHERE provider_message_id = $1 AND status IN ('SENDING', 'SENT')""";

    private final Pool pool;

    public SmsOutbox(Pool pool) {
        this.pool = pool;
    }

    /** Fails due texts to members who withdrew consent since they were queued; how many. */
    public Uni<Integer> failWithdrawn() {
        return pool.query(WITHDRAWN.formatted(CustomerSelections.smsConsentWithdrawnSql("m.customer_id"))).execute().map(rows -> rows.rowCount());
    }

    public Uni<List<Claimed>> claim(int limit, Duration lease) {
        return PoolQueries.list(pool, CLAIM, Tuple.of(limit, (double) lease.toMillis()), row -> new Claimed(row.getLong("id"), row.getString("mobile"),
                row.getString("body"), row.getInteger("attempts"), row.getLong("link_id")));
    }

    public Uni<Boolean> sent(Claimed text, String providerMessageId) {
        return pool.preparedQuery(SENT).execute(Tuple.of(text.id(), text.attempt(), providerMessageId)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> retry(Claimed text, Duration wait, String reason) {
        return pool.preparedQuery(RETRY).execute(Tuple.of(text.id(), text.attempt(), (double) wait.toMillis(), reason)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> failed(Claimed text, String reason) {
        return pool.preparedQuery(FAILED).execute(Tuple.of(text.id(), text.attempt(), reason)).map(rows -> rows.rowCount() == 1);
    }

    /** Records a delivery report; false when no text has that provider id (or it is final already). */
    public Uni<Boolean> delivery(String providerMessageId, boolean delivered, String error) {
        return pool.preparedQuery(DELIVERY).execute(Tuple.of(providerMessageId, delivered ? "DELIVERED" : "FAILED", error))
                .map(rows -> rows.rowCount() == 1);
    }
}
