package com.newretail.organization.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Read paths of org units, in hand-written SQL on the reactive pool. The pool serves concurrent
 * queries of one GraphQL operation (parallel root fields, batched children) without sharing a
 * Hibernate session between them.
 */
@ApplicationScoped
public class OrgUnitReader {

    private final Pool pool;

    public OrgUnitReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<OrgUnitRow>> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("SELECT " + OrgUnitRow.COLUMNS + " FROM org_unit WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new)))
                .map(OrgUnitReader::rows);
    }

    /** One page of a filtered list; {@code afterKey}/{@code afterId} come from the cursor. */
    public Uni<List<OrgUnitRow>> page(OrgUnitQuery query, String afterKey, Long afterId, int limit) {
        String column = query.order().column;
        String sql = "SELECT " + OrgUnitRow.COLUMNS + " FROM org_unit WHERE true"
                + " AND ($1::text IS NULL OR type = $1)"
                + " AND ($2::bigint IS NULL OR parent_id = $2)"
                + " AND ($3::bigint IS NULL OR (id <> $3 AND path LIKE (SELECT path FROM org_unit WHERE id = $3) || '%'))"
                + " AND ($4::text IS NULL OR name ILIKE '%' || $4 || '%' ESCAPE '\\')"
                + " AND ($5::text IS NULL OR (" + column + ", id) > ($5, $6))"
                + " ORDER BY " + column + ", id LIMIT $7";
        Tuple args = Tuple.tuple(java.util.Arrays.asList(
                query.type() == null ? null : query.type().name(),
                query.parentId(),
                query.descendantOf(),
                escapeLike(query.nameContains()),
                afterKey,
                afterId,
                limit));
        return pool.preparedQuery(sql).execute(args).map(OrgUnitReader::rows);
    }

    /**
     * The first {@code limit} children (by name) of each parent, for all parents in one statement.
     */
    public Uni<List<OrgUnitRow>> childrenOf(List<Long> parentIds, String afterName, Long afterId, int limit) {
        String sql = "SELECT " + OrgUnitRow.COLUMNS + " FROM ("
                + " SELECT o.*, row_number() OVER (PARTITION BY parent_id ORDER BY name, id) AS rn FROM org_unit o"
                + " WHERE parent_id = ANY($1) AND ($2::text IS NULL OR (name, id) > ($2, $3))) ranked"
                + " WHERE rn <= $4 ORDER BY parent_id, name, id";
        return pool.preparedQuery(sql)
                .execute(Tuple.tuple(java.util.Arrays.asList(parentIds.toArray(Long[]::new), afterName, afterId, limit)))
                .map(OrgUnitReader::rows);
    }

    private static List<OrgUnitRow> rows(RowSet<Row> rowSet) {
        List<OrgUnitRow> rows = new ArrayList<>(rowSet.size());
        for (Row row : rowSet) {
            rows.add(OrgUnitRow.from(row));
        }
        return rows;
    }

    static String escapeLike(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
