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

    /** How many statements of any kind have run so far (the bench's count: utility statements such as BEGIN included). */
    public long all() {
        return pool.query("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' "
                + "AND query NOT ILIKE 'LISTEN%'").execute().await().indefinitely().iterator().next().getLong(0);
    }

    /** The statements run so far with their call counts, most called first: for a failure message. */
    public String listing() {
        StringBuilder text = new StringBuilder();
        pool.query("SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements "
                + "WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC LIMIT 60").execute().await().indefinitely()
                .forEach(row -> text.append(row.getLong(0)).append("  ").append(row.getString(1)).append('\n'));
        return text.toString();
    }

    /** Forgets the counts so far. */
    public void reset() {
        pool.query("SELECT pg_stat_statements_reset()").execute().await().indefinitely();
    }
}
