package com.newretail.platform.scope;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Data scope ({@code newretail.scope.*}). */
@ConfigMapping(prefix = "newretail.scope")
public interface ScopeConfig {

    /** How long a caller's staff binding is cached (evicted at once when staff change); roles are never cached. */
    @WithDefault("30S")
    Duration cacheTtl();
}
