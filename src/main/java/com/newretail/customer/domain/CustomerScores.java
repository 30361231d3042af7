package com.newretail.customer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.newretail.customer.persistence.CustomerStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * RFM scores (recency, frequency, monetary value; quintiles 1-5 within each company) for every member,
 * and then the {@link SystemTag system tags} that follow from the figures, recomputed nightly at
 * {@code newretail.customer.rfm-cron} (a few set-based statements; safe with several replicas: a
 * second run the same night writes the same scores and tags) and on demand by {@code customerScoresRefresh}.
 */
@ApplicationScoped
public class CustomerScores {

    private static final Logger LOG = Logger.getLogger(CustomerScores.class);

    private final CustomerStore store;

    public CustomerScores(CustomerStore store) {
        this.store = store;
    }

    /** Scores every member and brings the system tags up to date, in the current transaction; the number of members scored. */
    public Uni<Integer> score() {
        return store.scoreRfm().call(() -> io.smallrye.mutiny.Multi.createFrom().items(SystemTag.values())
                .onItem().transformToUniAndConcatenate(tag -> store.removeSystemTag(tag.label(), tag.condition())
                        .chain(() -> store.addSystemTag(tag.label(), tag.condition())))
                .collect().asList());
    }

    @Scheduled(cron = "${newretail.customer.rfm-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return Panache.withTransaction(this::score).invoke(count -> LOG.infof("Scored RFM of %d member(s)", count))
                .onFailure().invoke(failure -> LOG.warn("RFM scoring failed; retried the next night", failure)).replaceWithVoid()
                .onFailure().recoverWithNull();
    }
}
