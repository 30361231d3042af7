package com.newretail.integration.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Kafka transport of integration events (off by default: docs/events). */
@ConfigMapping(prefix = "newretail.events.kafka")
public interface KafkaRelayConfig {

    /** Whether the relay sends the outbox to the {@code integration-events} channel. */
    @WithDefault("false")
    boolean enabled();

    /** How often the relay looks for new events. */
    @WithDefault("1s")
    String every();

    /** Events sent per pass (in one transaction holding the relay's position). */
    @WithDefault("100")
    int batchSize();
}
