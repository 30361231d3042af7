package com.newretail.platform.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
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
 * Beside the reads pool it builds, from the same options, a <em>pipelined</em> client for the planner's
 * single statements (see {@link #pipelinedReads()}).
 */
@ApplicationScoped
public class ConnectionPools {

    /** Long enough for any statement the service sends (the longest, a sale's deferred writes, is about 2,500). */
    static final int CACHED_SQL_LIMIT = 16_384;

    /** How the pipelined reads' sessions are named in {@code pg_stat_activity}. */
    public static final String PIPELINED_READS_NAME = "newretail-planned-reads";

    private final Duration wait;
    private final int pipelinedConnections;
    private final int pipeliningLimit;
    private volatile SqlClient pipelinedReads;

    public ConnectionPools(@ConfigProperty(name = "newretail.db.pool-wait", defaultValue = "5s") Duration wait,
            @ConfigProperty(name = "newretail.reads.pipelined-connections", defaultValue = "4") int pipelinedConnections,
            @ConfigProperty(name = "newretail.reads.pipelining-limit", defaultValue = "16") int pipeliningLimit) {
        this.wait = wait;
        this.pipelinedConnections = pipelinedConnections;
        this.pipeliningLimit = pipeliningLimit;
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
        return input -> {
            Pool pool = create(input);
            if (pipelinedConnections > 0) {
                pipelinedReads = pipelined(input);
            }
            return pool;
        };
    }

    /**
     * The client the read planner sends its statements through: a few connections to the reads database
     * that each carry up to {@code newretail.reads.pipelining-limit} statements at once, or empty when
     * {@code newretail.reads.pipelined-connections} is 0 (then the planner uses the reads pool).
     *
     * <p>Why: with one pooled connection per request in flight every statement wakes its own PostgreSQL
     * backend (a receive, a plan lookup, a send, a sleep); a pipelined connection hands its backend
     * several statements per receive. On the bench box PostgreSQL's CPU per Q3 request nearly halved.
     * Vert.x shares a pipelined connection between callers, so this client must never run a
     * transaction or anything that sets session state: the planner's statements are single,
     * autocommitted reads. The small limit bounds how many statements wait behind a slow one.
     */
    public Optional<SqlClient> pipelinedReads() {
        return Optional.ofNullable(pipelinedReads);
    }

    /** Quarkus closes the pools it made; this client is ours to close (after in-flight requests, as they are). */
    @PreDestroy
    void closePipelinedReads() {
        SqlClient client = pipelinedReads;
        if (client != null) {
            client.close();
        }
    }

    private SqlClient pipelined(PgPoolCreator.Input input) {
        return PgBuilder.client()
                .with(new PoolOptions(input.poolOptions()).setMaxSize(pipelinedConnections).setName("planned-reads")
                        .setConnectionTimeout((int) wait.toMillis()).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS))
                .connectingTo(input.pgConnectOptionsList().stream()
                        .<SqlConnectOptions>map(options -> new PgConnectOptions(options).setPipeliningLimit(pipeliningLimit)
                                .setPreparedStatementCacheSqlLimit(CACHED_SQL_LIMIT).addProperty("application_name", PIPELINED_READS_NAME))
                        .toList())
                .using(input.vertx())
                .build();
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
