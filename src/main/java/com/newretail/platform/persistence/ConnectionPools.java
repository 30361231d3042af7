package com.newretail.platform.persistence;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * Builds both pools (writes and reads) with Quarkus's own options plus two it has no property for:
 * <ul>
 * <li>a request waits at most {@code newretail.db.pool-wait} (5 s) for a connection, then fails,
 * instead of Vert.x's default 30 s: under overload a till gets a fast, retryable error rather than a
 * request that hangs as long as the statement timeout;</li>
 * <li>statements up to {@value #CACHED_SQL_LIMIT} characters are prepared once per connection
 * (Vert.x's default limit is 2,048): a sale's deferred writes are one statement of about 2,500
 * characters, which PostgreSQL otherwise parsed and planned at every sale (W1: 0.5 ms of planning per
 * sale, more than it took to run).</li>
 * </ul>
 */
@ApplicationScoped
public class ConnectionPools {

    /** Long enough for any statement the service sends (the longest, a sale's deferred writes, is about 2,500). */
    static final int CACHED_SQL_LIMIT = 16_384;

    private final Duration wait;

    public ConnectionPools(@ConfigProperty(name = "newretail.db.pool-wait", defaultValue = "5s") Duration wait) {
        this.wait = wait;
    }

    @Produces
    @Singleton
    PgPoolCreator writes() {
        return this::create;
    }

    @Produces
    @Singleton
    @ReactiveDataSource("reads")
    PgPoolCreator reads() {
        return this::create;
    }

    private Pool create(PgPoolCreator.Input input) {
        return PgBuilder.pool()
                .with(input.poolOptions().setConnectionTimeout((int) wait.toMillis()).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS))
                .connectingTo(input.pgConnectOptionsList().stream()
                        .<SqlConnectOptions>map(options -> options.setPreparedStatementCacheSqlLimit(CACHED_SQL_LIMIT)).toList())
                .using(input.vertx())
                .build();
    }
}
