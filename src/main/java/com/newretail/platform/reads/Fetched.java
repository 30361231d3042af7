package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.sqlclient.Row;

/** The rows a plan fetched, per level: a root's list, or nested rows by the key their parents hold. */
final class Fetched {

    /**
     * A page's rows (one more than the page for connections), where its cursor columns start, and where
     * its level's columns start in each row ({@code base}: 0 unless read in its parent's statement).
     */
    record Page(List<Row> rows, int firstCursorColumn, int cursorColumns, int pageSize, int base) {
        boolean hasNextPage() {
            return pageSize >= 0 && rows.size() > pageSize;
        }

        List<Row> page() {
            return hasNextPage() ? rows.subList(0, pageSize) : rows;
        }
    }

    private final Object[] byLevel;
    /** Where a level's columns start in its rows: 0, or after the root's columns for a level read in the root's statement. */
    private final int[] bases;
    private final Page[] layouts;
    private final SecurityIdentity caller;

    Fetched(int levels, SecurityIdentity caller) {
        this.caller = caller;
        this.byLevel = new Object[levels];
        this.bases = new int[levels];
        this.layouts = new Page[levels];
    }

    /** Who asked: masked fields are written as they may see them. */
    SecurityIdentity caller() {
        return caller;
    }

    /** A nested connection's page layout (its rows are per parent): cursor columns and page size. */
    void layout(Level level, Page layout) {
        layouts[level.index] = layout;
    }

    /** A nested connection's page layout; null for other levels. */
    Page layout(Level level) {
        return layouts[level.index];
    }

    /** One parent's page of a nested connection. */
    Page page(Level level, Object key) {
        Page layout = layouts[level.index];
        return new Page(many(level, key), layout.firstCursorColumn(), layout.cursorColumns(), layout.pageSize(), bases[level.index]);
    }

    int base(Level level) {
        return bases[level.index];
    }

    void root(Level level, Page rows) {
        byLevel[level.index] = rows;
    }

    Page root(Level level) {
        return (Page) byLevel[level.index];
    }

    /** Stores a nested level's rows by their first column (the key the parents hold), which is at {@code base}. */
    void nested(Level level, Iterable<Row> rows, int base) {
        bases[level.index] = base;
        if (level.kind == Level.Kind.ONE) {
            Map<Object, Row> byKey = new HashMap<>();
            rows.forEach(row -> byKey.put(row.getValue(base), row));
            byLevel[level.index] = byKey;
        } else {
            Map<Object, List<Row>> byKey = new HashMap<>();
            rows.forEach(row -> byKey.computeIfAbsent(row.getValue(base), k -> new ArrayList<>(4)).add(row));
            byLevel[level.index] = byKey;
        }
    }

    /** A list level's rows, grouped by parent key. */
    @SuppressWarnings("unchecked")
    java.util.Collection<List<Row>> allNested(Level level) {
        return ((Map<Object, List<Row>>) byLevel[level.index]).values();
    }

    @SuppressWarnings("unchecked")
    Row one(Level level, Object key) {
        return key == null ? null : ((Map<Object, Row>) byLevel[level.index]).get(key);
    }

    @SuppressWarnings("unchecked")
    List<Row> many(Level level, Object key) {
        return key == null ? List.of() : ((Map<Object, List<Row>>) byLevel[level.index]).getOrDefault(key, List.of());
    }
}
