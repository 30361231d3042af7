package com.newretail.organization.persistence;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;
import com.newretail.platform.persistence.PoolQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keycloak changes owed to staff accounts ({@code staff_account_sync}). A change is requested inside
 * the mutation's transaction; the worker claims it under a lease (its own statement, {@code SKIP LOCKED}),
 * calls Keycloak with no transaction open, and records the outcome. The claim returns the staff record
 * as committed, which is what Keycloak must be made to match.
 */
@ApplicationScoped
public class AccountSyncQueue {

    /** A claimed change: the staff member's Keycloak user, their state and their position's realm roles. */
    public record Claimed(long staffId, long generation, int attempts, String userId, String status, String accountStatus,
            List<String> realmRoles) {
    }

    private static final String REQUEST = "INSERT INTO staff_account_sync (staff_id) VALUES (?1) ON CONFLICT (staff_id) DO UPDATE "
            + "SET generation = staff_account_sync.generation + 1, requested_at = now(), attempts = 0, next_attempt_at = now(), last_error = NULL";

    private static final String CLAIM = """
            UPDATE staff_account_sync s SET attempts = s.attempts + 1,
                   lease_until = now() + cast($3 as double precision) * interval '1 millisecond'
            FROM (SELECT q.staff_id FROM staff_account_sync q
                  WHERE ($1::bigint IS NULL OR q.staff_id = $1) AND q.next_attempt_at <= now() AND (q.lease_until IS NULL OR q.lease_until < now())
                  ORDER BY q.next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED) due,
                 staff sf JOIN position p ON p.id = sf.position_id
            WHERE s.staff_id = due.staff_id AND sf.id = s.staff_id
            RETURNING s.staff_id, s.generation, s.attempts, sf.account_user_id, sf.status, sf.account_status, p.realm_roles""";

    /** Done: the row goes unless a newer change was requested meanwhile, which stays due at once. */
    private static final String DONE = """
            WITH gone AS (DELETE FROM staff_account_sync WHERE staff_id = $1 AND generation = $2 RETURNING staff_id)
            UPDATE staff_account_sync SET lease_until = NULL WHERE staff_id = $1 AND NOT EXISTS (SELECT 1 FROM gone)""";

    private static final String FAILED = """
            UPDATE staff_account_sync SET lease_until = NULL, last_error = $3,
                   next_attempt_at = CASE WHEN generation = $2 THEN now() + cast($4 as double precision) * interval '1 millisecond'
                                          ELSE next_attempt_at END
            WHERE staff_id = $1""";

    private final Pool pool;

    public AccountSyncQueue(Pool pool) {
        this.pool = pool;
    }

    /** Records that the staff member's Keycloak user must be brought in line; call inside the mutation's transaction. */
    public Uni<Void> request(long staffId) {
        return NativeSql.update(REQUEST, staffId).replaceWithVoid();
    }

    /** Claims the staff member's change if it is due and nobody holds it. */
    public Uni<List<Claimed>> claim(long staffId, Duration lease) {
        return claim(staffId, 1, lease);
    }

    /** Claims up to {@code limit} due changes, oldest first. */
    public Uni<List<Claimed>> claimDue(int limit, Duration lease) {
        return claim(null, limit, lease);
    }

    private Uni<List<Claimed>> claim(Long staffId, int limit, Duration lease) {
        return PoolQueries.list(pool, CLAIM, Tuple.of(staffId, limit, (double) lease.toMillis()), row -> new Claimed(row.getLong(0),
                row.getLong(1), row.getInteger(2), row.getString(3), row.getString(4), row.getString(5),
                List.of(row.getArrayOfStrings(6))));
    }

    public Uni<Void> done(Claimed change) {
        return pool.preparedQuery(DONE).execute(Tuple.of(change.staffId(), change.generation())).replaceWithVoid();
    }

    public Uni<Void> failed(Claimed change, String error, Duration retryIn) {
        return pool.preparedQuery(FAILED).execute(Tuple.of(change.staffId(), change.generation(), error, (double) retryIn.toMillis()))
                .replaceWithVoid();
    }

    /** Whether each of the staff members still has a Keycloak change owed. */
    public Uni<List<Long>> pendingAmong(List<Long> staffIds) {
        return PoolQueries.list(pool, "SELECT staff_id FROM staff_account_sync WHERE staff_id = ANY($1)",
                Tuple.of(staffIds.toArray(Long[]::new)), row -> row.getLong(0));
    }
}
