package com.newretail.integration.domain;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.newretail.integration.persistence.WebhookQueue;
import com.newretail.integration.persistence.WebhookQueue.Backlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * How far webhook delivery is behind, for alerts: {@code newretail_webhooks_backlog} (deliveries not
 * delivered yet) and {@code newretail_webhooks_backlog_oldest_seconds} (the age of the oldest). Read
 * from the database on a schedule, not on every scrape; every replica reports the same shared queue.
 */
@ApplicationScoped
public class WebhookBacklog {

    private static final Logger LOG = Logger.getLogger(WebhookBacklog.class);

    private final WebhookQueue queue;
    private final AtomicReference<Backlog> last = new AtomicReference<>(new Backlog(0, 0));

    public WebhookBacklog(WebhookQueue queue, MeterRegistry registry) {
        this.queue = queue;
        Gauge.builder("newretail.webhooks.backlog", last, ref -> ref.get().deliveries())
                .description("Webhook deliveries not delivered yet (pending or being sent)").register(registry);
        Gauge.builder("newretail.webhooks.backlog.oldest.seconds", last, ref -> ref.get().oldestSeconds())
                .description("Age of the oldest webhook delivery not delivered yet").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${newretail.webhooks.backlog-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh().onFailure().invoke(failure -> LOG.debug("Webhook backlog not read; tried again on the next pass", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Reads the backlog now. */
    public Uni<Backlog> refresh() {
        return queue.backlog().invoke(last::set);
    }
}
