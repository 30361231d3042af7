package com.newretail.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Idempotency keys ({@code newretail.idempotency.*}). */
@ConfigMapping(prefix = "newretail.idempotency")
public interface IdempotencyConfig {

    /** How long a key replays its first result; after that the same key acts anew. */
    @WithDefault("24H")
    Duration keyTtl();

    /** How often expired keys are deleted (a scheduler interval such as {@code 1h}). */
    @WithDefault("1h")
    String sweep();
}
