package com.newretail.integration.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery settings. */
@ConfigMapping(prefix = "newretail.webhooks")
public interface WebhookConfig {

    /** How often the dispatcher looks for due deliveries ("off" disables it: tests run passes directly). */
    @WithDefault("2s")
    String every();

    /** How often the backlog gauges (undelivered deliveries, the oldest one's age) are read; "off" never. */
    @WithDefault("15s")
    String backlogEvery();

    /** Deliveries claimed per pass. */
    @WithDefault("50")
    int batchSize();

    /** How long a claim holds: a worker that dies mid-delivery leaves it to be claimed again after this. */
    @WithDefault("60s")
    Duration lease();

    /** The wait after the first failed attempt; it doubles with each further one (capped at 6 hours). */
    @WithDefault("10s")
    Duration backoff();

    /** Attempts before a delivery is dead-lettered (DEAD; redeliver it by hand with webhookDeliveryRetry). */
    @WithDefault("8")
    int maxAttempts();

    /** How long one POST may take. */
    @WithDefault("10s")
    Duration timeout();

    /** Whether subscriptions may use plain http:// URLs (https only in production). */
    @WithDefault("false")
    boolean allowInsecure();

    /** Whether subscriptions may target loopback, private or link-local addresses (a guard against SSRF; on for dev and tests). */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
