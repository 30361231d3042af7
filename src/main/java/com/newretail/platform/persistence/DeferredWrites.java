package com.newretail.platform.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;

/**
 * Writes a mutation owes but reads nothing back from in its transaction — roll-ups, audit entries,
 * outbox events, the idempotency key's result — sent together as one statement at the end of the
 * mutation ({@link com.newretail.platform.mutation.MutationFrame}) instead of one round trip each:
 * each write becomes a data-modifying CTE of a single {@code WITH … SELECT 1}, which PostgreSQL runs
 * in full whether or not anything refers to it. A till sale sends six such writes; together they cost
 * one statement.
 *
 * <p>A write is one INSERT, UPDATE or DELETE with {@code ?n} parameters, optionally preceded by its
 * own named CTEs given as {@code "{name} AS (…)"} parts (names in braces, made unique when combined).
 * The statements of one batch must not touch the same row twice (PostgreSQL refuses that in one
 * statement): a write whose text is already queued sends the queue first. Outside a batch (no
 * mutation frame, no request context) a write runs at once, so callers need not know which case
 * they are in; within one, its effect is visible to later statements of the transaction only after
 * the flush, so nothing may read what it writes before the mutation ends.
 */
public final class DeferredWrites {

    private static final String KEY = DeferredWrites.class.getName();
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
    private static final Pattern NAME = Pattern.compile("\\{(\\w+)}");

    private record Write(List<String> parts, Object[] params) {

        String key() {
            return String.join("\n", parts);
        }
    }

    /** The writes queued in one mutation. */
    private static final class Batch {
        final List<Write> writes = new ArrayList<>();
        final Set<String> texts = new HashSet<>();
    }

    private DeferredWrites() {
    }

    /**
     * Queues a write when a batch is open, else runs it now. {@code parts}: zero or more
     * {@code "{name} AS (…)"} CTEs, then the statement itself.
     */
    public static Uni<Void> writeWith(Object[] params, String... parts) {
        Write write = new Write(List.of(parts), params);
        Batch batch = current();
        if (batch == null) {
            return send(List.of(write));
        }
        if (batch.texts.contains(write.key())) {
            return flush(batch).invoke(() -> enqueue(batch, write));
        }
        enqueue(batch, write);
        return Uni.createFrom().voidItem();
    }

    /** {@link #writeWith} of a single statement. */
    public static Uni<Void> write(String sql, Object... params) {
        return writeWith(params, sql);
    }

    /**
     * Runs {@code work} with a batch open and sends what it queued when it succeeds; on failure the
     * queue is dropped (the transaction rolls back anyway). Within an open batch it just runs
     * {@code work}: the outer one sends. Call inside the transaction.
     */
    public static <T> Uni<T> around(Supplier<Uni<T>> work) {
        if (!VertxContext.isOnDuplicatedContext() || current() != null) {
            return work.get();
        }
        Batch batch = new Batch();
        ContextLocals.put(KEY, batch);
        Uni<T> worked;
        try {
            worked = work.get();
        } catch (RuntimeException e) {
            ContextLocals.remove(KEY);
            throw e;
        }
        return worked.call(() -> flush(batch))
                .eventually(() -> ContextLocals.remove(KEY));
    }

    private static Batch current() {
        if (!VertxContext.isOnDuplicatedContext()) {
            return null;
        }
        return ContextLocals.<Batch>get(KEY).orElse(null);
    }

    private static void enqueue(Batch batch, Write write) {
        batch.writes.add(write);
        batch.texts.add(write.key());
    }

    private static Uni<Void> flush(Batch batch) {
        if (batch.writes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Write> writes = List.copyOf(batch.writes);
        batch.writes.clear();
        batch.texts.clear();
        return send(writes);
    }

    private static Uni<Void> send(List<Write> writes) {
        if (writes.size() == 1 && writes.get(0).parts().size() == 1) {
            Write only = writes.get(0);
            return NativeSql.update(only.parts().get(0), only.params()).replaceWithVoid();
        }
        List<Object> params = new ArrayList<>();
        List<String> ctes = new ArrayList<>();
        for (int w = 0; w < writes.size(); w++) {
            Write write = writes.get(w);
            String prefix = "w" + w + "_";
            int offset = params.size();
            List<String> parts = write.parts();
            for (int p = 0; p < parts.size(); p++) {
                String part = renumber(names(parts.get(p), prefix), offset);
                ctes.add(p < parts.size() - 1 ? part : prefix + " AS (" + part + ")");
            }
            params.addAll(Arrays.asList(write.params()));
        }
        return NativeSql.update("WITH " + String.join(",\n", ctes) + "\nSELECT 1", params.toArray()).replaceWithVoid();
    }

    /** {@code {name}} becomes the prefixed name; outside a batch it is the plain name. */
    static String names(String sql, String prefix) {
        return NAME.matcher(sql).replaceAll(match -> prefix + match.group(1));
    }

    static String renumber(String sql, int offset) {
        if (offset == 0) {
            return sql;
        }
        Matcher matcher = PARAMETER.matcher(sql);
        return matcher.replaceAll(match -> "?" + (Integer.parseInt(match.group(1)) + offset));
    }
}
