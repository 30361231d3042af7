package com.newretail.operations.domain.sms;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SMS: which gateway, how to reach and check it, how the dispatcher drains the outbox, and the quiet hours. */
@ConfigMapping(prefix = "newretail.sms")
public interface SmsConfig {

    /** {@code logging} (dev: texts go to the log) or {@code http}. */
    @WithDefault("logging")
    String gateway();

    /** What one text costs (in CNY), for operation task reports. */
    @WithDefault("0.05")
    java.math.BigDecimal unitCost();

    Http http();

    Dispatch dispatch();

    /** No text goes out from this time of day (business time zone)… */
    @WithDefault("21:00")
    LocalTime quietFrom();

    /** …until this time. */
    @WithDefault("09:00")
    LocalTime quietUntil();

    /** The HTTP gateway. */
    interface Http {
        Optional<URI> endpoint();

        @WithDefault("new-retail")
        String keyId();

        /** Signs requests to the gateway. */
        Optional<String> secret();

        /** Checks the gateway's delivery callbacks; without it the callback endpoint answers 404. */
        Optional<String> callbackSecret();

        @WithDefault("5s")
        Duration timeout();
    }

    /** The outbox dispatcher. */
    interface Dispatch {
        /** How often it looks for due texts; {@code off} disables it (tests drive it themselves). */
        @WithDefault("5s")
        String every();

        @WithDefault("100")
        int batchSize();

        /** How long a claimed text is a worker's; past it another worker sends it again (same idempotency key). */
        @WithDefault("60s")
        Duration lease();

        @WithDefault("5")
        int maxAttempts();

        /** The wait after the first failed attempt; doubled after each further one. */
        @WithDefault("10s")
        Duration backoff();
    }
}
