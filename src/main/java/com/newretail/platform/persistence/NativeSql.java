package com.newretail.platform.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Native statements in the current Hibernate Reactive session, i.e. inside the mutation's transaction
 * (writes must see their own uncommitted rows; the read pool would not). Parameters are positional:
 * {@code ?1, ?2, …}.
 *
 * <p>Statements go straight to the session's connection (Vert.x, prepared and cached per connection)
 * instead of through Hibernate's native-query API: interpreting each query there cost about a fifth
 * of a sale's CPU (a query-plan cache whose keys for native queries never compare equal, so every
 * lookup walked a full bucket; a parameter-type lookup that throws and catches on every bind).
 * Pending entity changes are flushed first, as Hibernate does before a native query.
 */
public final class NativeSql {

    private static final Pattern JPA_PARAMETER = Pattern.compile("\\?(\\d+)");
    /** Each statement text as PostgreSQL SQL (a fixed set: statements are constants with bound values). */
    private static final Map<String, Rewritten> POSTGRES_SQL = new ConcurrentHashMap<>();

    /**
     * A statement with {@code $1 … $k}, one per occurrence of a {@code ?n} in order, and which parameter
     * each binds: as Hibernate did, so a parameter used twice may take a different type at each place.
     */
    record Rewritten(String sql, int[] sources) {
        Object[] bind(Object[] params) {
            Object[] values = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object param = params[sources[i]];
                // Hibernate expanded a collection into a list of placeholders; a statement here binds arrays (= ANY(?1)).
                if (param instanceof Collection<?>) {
                    throw new IllegalArgumentException("bind an array, not a collection");
                }
                values[i] = param;
            }
            return values;
        }
    }

    private NativeSql() {
    }

    /** Rows of two or more columns (a single-column select yields scalars, not arrays: use {@link #scalars}). */
    public static Uni<List<Object[]>> rows(String sql, Object... params) {
        return connection().chain(connection -> Uni.createFrom().completionStage(select(connection, postgres(sql), params)))
                .map(NativeSql::list);
    }

    /** The first column of each row, as {@code type} ({@code Long}, {@code Integer}, {@code String} or {@code BigDecimal}). */
    public static <T> Uni<List<T>> scalars(String sql, Class<T> type, Object... params) {
        return rows(sql, params).map(rows -> {
            List<T> values = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                values.add(as(type, row[0]));
            }
            return values;
        });
    }

    /** The one value of a one-row, one-column select (e.g. {@code count(*)} or {@code INSERT … RETURNING id}). */
    public static Uni<Long> longValue(String sql, Object... params) {
        return rows(sql, params).map(rows -> {
            if (rows.size() != 1) {
                throw new IllegalStateException("expected one row, got " + rows.size() + ": " + sql);
            }
            return as(Long.class, rows.get(0)[0]);
        });
    }

    public static Uni<Integer> update(String sql, Object... params) {
        Rewritten statement = postgres(sql);
        return connection().chain(connection -> Uni.createFrom().completionStage(connection.update(statement.sql(), statement.bind(params))));
    }

    /**
     * A statement assembled with {@code $n} placeholders (a {@code SqlArgs}), run as it is: for SQL built
     * from parts at run time (a segment's rule), which the statement cache of {@link #update} must not hold.
     */
    public static Uni<Integer> updateNumbered(String sql, List<Object> values) {
        return connection().chain(connection -> Uni.createFrom().completionStage(connection.update(sql, values.toArray())));
    }

    /** A NUMERIC column of a native row. */
    public static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** An id column selected as {@code coalesce(id, 0)} (so the row stays an array): null for 0. */
    public static Long idOrNull(Object value) {
        long id = ((Number) value).longValue();
        return id == 0 ? null : id;
    }

    private static Uni<ReactiveConnection> connection() {
        return Panache.getSession().chain(session -> session.flush().replaceWith(() -> ((MutinySessionImpl) session).getReactiveConnection()));
    }

    private static java.util.concurrent.CompletionStage<ReactiveConnection.Result> select(ReactiveConnection connection, Rewritten statement,
            Object[] params) {
        return connection.select(statement.sql(), statement.bind(params));
    }

    /** {@code ?n} placeholders as PostgreSQL's {@code $k}, numbered by occurrence. */
    static Rewritten postgres(String sql) {
        return POSTGRES_SQL.computeIfAbsent(sql, text -> {
            java.util.regex.Matcher matcher = JPA_PARAMETER.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            List<Integer> sources = new ArrayList<>();
            while (matcher.find()) {
                sources.add(Integer.parseInt(matcher.group(1)) - 1);
                matcher.appendReplacement(out, "\\$" + sources.size());
            }
            matcher.appendTail(out);
            return new Rewritten(out.toString(), sources.stream().mapToInt(Integer::intValue).toArray());
        });
    }

    private static List<Object[]> list(ReactiveConnection.Result result) {
        List<Object[]> rows = new ArrayList<>(result.size());
        while (result.hasNext()) {
            rows.add(result.next());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static <T> T as(Class<T> type, Object value) {
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        if (type == Long.class) {
            return (T) Long.valueOf(((Number) value).longValue());
        }
        if (type == Integer.class) {
            return (T) Integer.valueOf(((Number) value).intValue());
        }
        if (type == BigDecimal.class) {
            return (T) decimal(value);
        }
        if (type == String.class) {
            return (T) value.toString();
        }
        return type.cast(value);
    }
}
