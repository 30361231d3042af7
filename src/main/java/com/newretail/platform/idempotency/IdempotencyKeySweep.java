package com.newretail.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Deletes idempotency keys older than their time to live (they no longer replay anything), so the
 * table holds about one day of mutations. Safe with several replicas: a delete of rows another
 * replica already deleted deletes nothing.
 */
@ApplicationScoped
public class IdempotencyKeySweep {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeySweep.class);

    private final IdempotencyKeys keys;

    public IdempotencyKeySweep(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(every = "${newretail.idempotency.sweep}", delayed = "${newretail.idempotency.sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> sweep() {
        return deleteExpired().replaceWithVoid();
    }

    /** Deletes the expired keys; how many. */
    public Uni<Integer> deleteExpired() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "DELETE FROM platform_idempotency_key WHERE created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) keys.ttl().toSeconds())
                .executeUpdate()))
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Deleted %d expired idempotency key(s)", deleted);
                    }
                });
    }
}
