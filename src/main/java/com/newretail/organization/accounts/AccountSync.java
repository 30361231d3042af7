package com.newretail.organization.accounts;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.newretail.organization.persistence.AccountSyncQueue;
import com.newretail.organization.persistence.AccountSyncQueue.Claimed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Brings Keycloak users in line with staff records after the database change committed, so no
 * transaction waits on Keycloak. A mutation requests the change in its transaction and calls
 * {@link #syncNow} after the commit; when Keycloak is down or slow the change stays queued and this
 * retrier applies it later, with a doubling backoff. What is applied is the committed state: an
 * inactive person or a disabled account is disabled in Keycloak (sessions ended), an active account
 * gets its position's realm roles. In the meantime the service itself already refuses the person a data
 * scope (the caller binding requires an active account), so a pending disable does not leave access open.
 */
@ApplicationScoped
public class AccountSync {

    private static final Logger LOG = Logger.getLogger(AccountSync.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int BATCH = 20;

    private final AccountSyncQueue queue;
    private final KeycloakAccounts accounts;
    private final Duration lease;
    private final Duration backoff;
    private final Counter synced;
    private final Counter failed;

    public AccountSync(AccountSyncQueue queue, KeycloakAccounts accounts, MeterRegistry registry,
            @ConfigProperty(name = "newretail.account-sync.lease", defaultValue = "2m") Duration lease,
            @ConfigProperty(name = "newretail.account-sync.backoff", defaultValue = "5s") Duration backoff) {
        this.queue = queue;
        this.accounts = accounts;
        this.lease = lease;
        this.backoff = backoff;
        this.synced = attempts(registry, "synced");
        this.failed = attempts(registry, "failed");
    }

    private static Counter attempts(MeterRegistry registry, String outcome) {
        return Counter.builder("newretail.account.sync.attempts").tag("outcome", outcome)
                .description("Keycloak account changes applied after commit by this replica, by outcome").register(registry);
    }

    /** Applies the staff member's queued change now, if any and nobody else holds it; never fails. */
    public Uni<Void> syncNow(long staffId) {
        return queue.claim(staffId, lease).chain(claimed -> claimed.isEmpty() ? Uni.createFrom().voidItem() : apply(claimed.get(0)))
                .onFailure().invoke(e -> LOG.warnf(e, "Could not sync the Keycloak account of staff %d; the retrier will", staffId))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "${newretail.account-sync.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retryDue() {
        return queue.claimDue(BATCH, lease)
                .chain(claimed -> Multi.createFrom().iterable(claimed).onItem().transformToUniAndConcatenate(this::apply).collect().last())
                .onFailure().invoke(e -> LOG.warn("Keycloak account sync pass failed; retried on the next pass", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> apply(Claimed change) {
        return keycloakCall(change)
                .chain(() -> queue.done(change)).invoke(() -> synced.increment())
                .onFailure(AccountException.class).recoverWithUni(e -> {
                    failed.increment();
                    Duration retryIn = backoff(change.attempts());
                    LOG.warnf("Keycloak account of staff %d not synced (attempt %d), retrying in %s: %s", change.staffId(),
                            change.attempts(), retryIn, e.getMessage());
                    return queue.failed(change, shorten(e.getMessage()), retryIn);
                });
    }

    private Uni<Void> keycloakCall(Claimed change) {
        if (change.userId() == null) {
            return Uni.createFrom().voidItem();
        }
        if ("INACTIVE".equals(change.status()) || "DISABLED".equals(change.accountStatus())) {
            return accounts.disable(change.userId());
        }
        if ("ACTIVE".equals(change.accountStatus())) {
            return accounts.setRoles(change.userId(), change.realmRoles());
        }
        return Uni.createFrom().voidItem();
    }

    /** The wait after attempt {@code n}: the configured backoff, doubled for each attempt after the first, at most 5 minutes. */
    Duration backoff(int attempt) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 16));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static String shorten(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 500);
    }
}
