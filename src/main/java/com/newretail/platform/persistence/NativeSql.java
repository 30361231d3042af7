package com.newretail.platform.persistence;

import java.math.BigDecimal;
import java.util.List;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Native statements in the current Hibernate Reactive session, i.e. inside the mutation's transaction
 * (writes must see their own uncommitted rows; the read pool would not). Parameters are positional:
 * {@code ?1, ?2, …}.
 */
public final class NativeSql {

    private NativeSql() {
    }

    /** Rows of two or more columns (a single-column select yields scalars, not arrays: use {@link #scalars}). */
    public static Uni<List<Object[]>> rows(String sql, Object... params) {
        return Panache.getSession().chain(session -> bind(session.createNativeQuery(sql, Object[].class), params).getResultList());
    }

    public static <T> Uni<List<T>> scalars(String sql, Class<T> type, Object... params) {
        return Panache.getSession().chain(session -> bind(session.createNativeQuery(sql, type), params).getResultList());
    }

    /** The one value of a one-row, one-column select (e.g. {@code count(*)} or {@code INSERT … RETURNING id}). */
    public static Uni<Long> longValue(String sql, Object... params) {
        return Panache.getSession().chain(session -> bind(session.createNativeQuery(sql, Long.class), params).getSingleResult());
    }

    public static Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
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

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, Object[] params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
