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
 * Both pools (writes and reads) make a request wait at most {@code newretail.db.pool-wait} (5 s) for
 * a connection, then fail it, instead of Vert.x's default 30 s: under overload a till gets a fast,
 * retryable error rather than a request that hangs as long as the statement timeout. Quarkus has no
 * property for this; a {@link PgPoolCreator} builds each pool with Quarkus's own options plus this one.
 */
@ApplicationScoped
public class BoundedPoolWait {

    private final Duration wait;

    public BoundedPoolWait(@ConfigProperty(name = "newretail.db.pool-wait", defaultValue = "5s") Duration wait) {
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
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
