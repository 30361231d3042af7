package com.newretail.support;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Counts the statements PostgreSQL ran (pg_stat_statements, preloaded by the embedded server), for
 * tests that prove a request never reached the database.
 */
public final class SqlStatements {

    private final Pool pool;

    private SqlStatements(Pool pool) {
        this.pool = pool;
    }

    /** Turns the counting on for the database behind the pool (idempotent). */
    public static SqlStatements counting(Pool pool) {
        pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").execute().await().indefinitely();
        return new SqlStatements(pool);
    }

    /** How many times statements whose text contains {@code fragment} (case-insensitive) have run so far. */
    public long touching(String fragment) {
        return pool.preparedQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query ILIKE $1 AND query NOT ILIKE '%pg_stat_statements%'")
                .execute(Tuple.of("%" + fragment + "%")).await().indefinitely().iterator().next().getLong(0);
    }
}
