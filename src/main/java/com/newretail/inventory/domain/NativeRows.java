package com.newretail.inventory.domain;

import java.util.List;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Inventory's native statements in the current transaction: {@link NativeSql} plus document locking. */
final class NativeRows {

    private NativeRows() {
    }

    /** Rows of two or more columns (a single-column select yields scalars, not arrays: use {@link #id}). */
    static Uni<List<Object[]>> list(String sql, Object... params) {
        return NativeSql.rows(sql, params);
    }

    static Uni<Integer> update(String sql, Object... params) {
        return NativeSql.update(sql, params);
    }

    static Uni<Long> id(String sql, Object... params) {
        return NativeSql.longValue(sql, params);
    }

    /** Locks one row of a versioned document table; null when there is no such row. */
    static Uni<Versioned> lock(String table, long id) {
        return list("SELECT id, status, version FROM " + table + " WHERE id = ?1 FOR UPDATE", id)
                .map(rows -> rows.isEmpty() ? null : new Versioned(((Number) rows.get(0)[0]).longValue(),
                        (String) rows.get(0)[1], ((Number) rows.get(0)[2]).intValue()));
    }

    static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static long longValue(Object value) {
        return ((Number) value).longValue();
    }
}
