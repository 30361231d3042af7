package com.newretail.integration.domain;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.newretail.integration.persistence.WebhookQueue;
import com.newretail.integration.persistence.WebhookQueue.Claimed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Delivers the outbox to webhook subscriptions: claims due deliveries under a lease, POSTs each event
 * (CloudEvents JSON, signed) outside any transaction, and records the outcome while the claim is still
 * its own. 2xx delivers it; anything else (or no answer within the timeout) is retried with
 * exponential backoff until {@code max-attempts}, then dead-lettered. A worker that dies mid-delivery
 * leaves a claim whose lease runs out; the next pass sends the event again with the same id.
 */
@ApplicationScoped
@Startup // so its counters are exposed, at zero, before the first delivery (alerts compute rates over them)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    /** What one pass did. */
    public record Pass(int claimed, int delivered, int retried, int dead) {
    }

    /** The receiver's answer: its HTTP status, or null with the error when there was none. */
    public record Answer(Integer status, String error) {

        boolean ok() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookQueue queue;
    private final WebhookConfig config;
    private final HttpClient client;
    private final Counter delivered;
    private final Counter retried;
    private final Counter dead;

    public WebhookDispatcher(WebhookQueue queue, WebhookConfig config, Vertx vertx, MeterRegistry registry) {
        this.queue = queue;
        this.config = config;
        this.client = vertx.createHttpClient();
        this.delivered = attempts(registry, "delivered");
        this.retried = attempts(registry, "retried");
        this.dead = attempts(registry, "dead");
    }

    /** Attempts this replica made, by outcome: newretail_webhooks_attempts_total{outcome}. */
    private static Counter attempts(MeterRegistry registry, String outcome) {
        return Counter.builder("newretail.webhooks.attempts").tag("outcome", outcome)
                .description("Webhook delivery attempts made by this replica, by outcome (delivered, retried later, dead-lettered)")
                .register(registry);
    }

    @Scheduled(every = "${newretail.webhooks.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatchOnce().onFailure().invoke(failure -> LOG.warn("Webhook dispatch failed; retried on the next pass", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass: claim, send, record. */
    public Uni<Pass> dispatchOnce() {
        return claim().chain(claimed -> Multi.createFrom().iterable(claimed)
                .onItem().transformToUniAndMerge(delivery -> send(delivery).chain(answer -> record(delivery, answer)))
                .collect().asList()
                .map(outcomes -> new Pass(claimed.size(), count(outcomes, 'D'), count(outcomes, 'R'), count(outcomes, 'X'))));
    }

    /** Claims due deliveries (exposed so a test can stop between claiming and recording, as a crash would). */
    public Uni<List<Claimed>> claim() {
        return queue.claim(config.batchSize(), config.lease());
    }

    /** POSTs the delivery's event; never fails (no answer is an answer). */
    public Uni<Answer> send(Claimed delivery) {
        String body = CloudEvents.envelope(delivery.eventId(), delivery.source(), delivery.type(), delivery.subject(), delivery.aggregateKey(),
                delivery.time(), delivery.data()).encode();
        long now = Instant.now().getEpochSecond();
        URI url = URI.create(delivery.url());
        boolean tls = "https".equals(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(url.getHost()).setPort(port).setSsl(tls)
                .setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery()).setTimeout(config.timeout().toMillis())
                .putHeader("Content-Type", CloudEvents.CONTENT_TYPE).putHeader("User-Agent", "NewRetail-Webhooks/1")
                .putHeader("X-NewRetail-Event-Id", delivery.eventId()).putHeader("X-NewRetail-Event-Type", delivery.type())
                .putHeader("X-NewRetail-Delivery", Long.toString(delivery.id()))
                .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now))
                .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), now, body));
        return client.request(options).chain(request -> request.send(Buffer.buffer(body)))
                .chain(response -> response.body().map(ignored -> new Answer(response.statusCode(), response.statusCode() >= 300
                        ? "answered " + response.statusCode() : null)))
                .onFailure().recoverWithItem(failure -> new Answer(null, shorten("no answer: " + failure.getMessage())));
    }

    private Uni<Character> record(Claimed delivery, Answer answer) {
        if (answer.ok()) {
            return queue.delivered(delivery, answer.status()).invoke(recorded -> delivered.increment()).replaceWith('D');
        }
        if (delivery.attempt() - delivery.retryFrom() < config.maxAttempts()) {
            return queue.retry(delivery, answer.status(), answer.error(), backoff(delivery.attempt() - delivery.retryFrom()))
                    .invoke(recorded -> retried.increment()).replaceWith('R');
        }
        LOG.warnf("Webhook delivery %d of event %s dead-lettered after %d attempts: %s", delivery.id(), delivery.eventId(),
                delivery.attempt() - delivery.retryFrom(), answer.error());
        return queue.dead(delivery, answer.status(), answer.error()).invoke(recorded -> dead.increment()).replaceWith('X');
    }

    /** The wait after attempt {@code n}: the configured backoff, doubled for each attempt after the first, at most 6 hours. */
    Duration backoff(int attempt) {
        Duration wait = config.backoff().multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static String shorten(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static int count(List<Character> outcomes, char kind) {
        return (int) outcomes.stream().filter(outcome -> outcome == kind).count();
    }
}
