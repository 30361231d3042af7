package com.newretail.inventory.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Gives back the stock of reservations whose hold ran out. Each reservation expires in its own
 * transaction, so one that cannot be released (it is being committed right now) does not hold up
 * the others; it is simply not due any more on the next look.
 */
@ApplicationScoped
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class);
    private static final int BATCH = 200;

    private final ReservationService reservations;

    public ReservationExpiry(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Scheduled(every = "${newretail.inventory.reservation-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${newretail.inventory.reservation-sweep}")
    public Uni<Void> sweep() {
        return Panache.withSession(() -> reservations.due(BATCH))
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> reservations.expire(id))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf(failure, "Reservation %d could not expire; retried on the next sweep", id);
                            return false;
                        }))
                .collect().asList()
                .invoke(results -> {
                    long expired = results.stream().filter(Boolean::booleanValue).count();
                    if (expired > 0) {
                        LOG.infof("Expired %d stock reservation(s)", expired);
                    }
                })
                .replaceWithVoid();
    }
}
