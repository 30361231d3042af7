package com.newretail.operations.domain.sms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.newretail.operations.domain.survey.SurveyLinks;
import com.newretail.operations.persistence.SmsOutbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Drains the SMS outbox: claims due texts under a lease, sends each through the gateway outside any
 * database transaction, and records the outcome only while the claim is still its own. A worker
 * that dies mid-batch leaves SENDING texts whose lease runs out; the next claim sends them again
 * with the same idempotency key, so the gateway takes each text once. Nothing goes out in quiet hours.
 */
@ApplicationScoped
public class SmsDispatcher {

    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class);

    /** What one pass did. */
    public record Pass(int claimed, int sent, int retried, int failed) {
        static final Pass QUIET = new Pass(0, 0, 0, 0);
    }

    private final SmsOutbox outbox;
    private final SmsGateway gateway;
    private final SmsConfig config;
    private final ZoneId zone;
    private final SurveyLinks links;

    public SmsDispatcher(SmsOutbox outbox, SmsGateway gateway, SmsConfig config,
            @ConfigProperty(name = "newretail.retail.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone, SurveyLinks links) {
        this.outbox = outbox;
        this.links = links;
        this.gateway = gateway;
        this.config = config;
        this.zone = zone;
    }

    @Scheduled(every = "${newretail.sms.dispatch.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatch(gateway, Instant.now()).onFailure().invoke(failure -> LOG.warn("SMS dispatch failed; retried on the next pass", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass through the configured gateway. */
    public Uni<Pass> dispatchOnce() {
        return dispatch(gateway, Instant.now());
    }

    /** One pass at {@code now} (for the quiet hours) through {@code via}. */
    public Uni<Pass> dispatch(SmsGateway via, Instant now) {
        if (quiet(now)) {
            return Uni.createFrom().item(Pass.QUIET);
        }
        return outbox.failWithdrawn().chain(() -> outbox.claim(config.dispatch().batchSize(), config.dispatch().lease()))
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUniAndMerge(text -> via.send(new SmsGateway.Outgoing(text.id(), text.mobile(), text(text)))
                                .onFailure().recoverWithItem(failure -> new SmsGateway.Retry("gateway error: " + failure.getMessage()))
                                .chain(result -> record(text, result)))
                        .collect().asList()
                        .map(outcomes -> new Pass(claimed.size(), count(outcomes, 'S'), count(outcomes, 'R'), count(outcomes, 'F'))));
    }

    /** The text as it goes out: a survey link is signed now, so the outbox never holds a usable link. */
    private String text(SmsOutbox.Claimed text) {
        return text.linkId() == null ? text.body() : text.body().replace("{link}", links.url(text.linkId()));
    }

    private Uni<Character> record(SmsOutbox.Claimed text, SmsGateway.Result result) {
        if (result instanceof SmsGateway.Accepted accepted) {
            return outbox.sent(text, accepted.providerMessageId()).replaceWith('S');
        }
        if (result instanceof SmsGateway.Retry retry && text.attempt() < config.dispatch().maxAttempts()) {
            return outbox.retry(text, backoff(text.attempt()), retry.reason()).replaceWith('R');
        }
        String reason = result instanceof SmsGateway.Rejected rejected ? rejected.reason()
                : "gave up after " + text.attempt() + " attempts: " + ((SmsGateway.Retry) result).reason();
        return outbox.failed(text, reason.length() > 250 ? reason.substring(0, 250) : reason).replaceWith('F');
    }

    /** The wait after attempt {@code n}: the configured backoff, doubled for each attempt after the first. */
    Duration backoff(int attempt) {
        return config.dispatch().backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    }

    boolean quiet(Instant now) {
        LocalTime time = now.atZone(zone).toLocalTime();
        LocalTime from = config.quietFrom();
        LocalTime until = config.quietUntil();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until) : !time.isBefore(from) || time.isBefore(until);
    }

    private static int count(java.util.List<Character> outcomes, char kind) {
        return (int) outcomes.stream().filter(outcome -> outcome == kind).count();
    }
}
