package com.newretail.organization.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Read paths of org units, in hand-written SQL on the reactive pool, always within a data scope.
 * The pool serves concurrent queries of one GraphQL operation (parallel root fields, batched
 * children) without sharing a Hibernate session between them.
 */
@ApplicationScoped
public class OrgUnitReader {

    private final Pool pool;

    public OrgUnitReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<OrgUnitRow>> byIds(List<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SqlArgs args = new SqlArgs();
        String sql = OrganizationReadModels.orgUnitsByIds(ids, scope, args).statement(OrgUnitRow.COLUMNS, null);
        return pool.preparedQuery(sql).execute(args.tuple()).map(OrgUnitReader::rows);
    }

    /**
     * The unit's type and its sales company (itself, an ancestor, or null above the companies); null
     * when the unit does not exist or is outside the scope.
     */
    public Uni<Placement> placement(long id, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT u.type, (SELECT a.id FROM org_unit a WHERE u.path LIKE a.path || '%' AND a.type = 'SALES_COMPANY') "
                + "AS company_id FROM org_unit u WHERE u.id = " + args.add(id) + " AND " + scope.predicate("u.path", null, args);
        return pool.preparedQuery(sql).execute(args.tuple())
                .map(rows -> rows.size() == 0 ? null : new Placement(rows.iterator().next().getString("type"),
                        rows.iterator().next().getLong("company_id")));
    }

    /** Where an org unit sits: its type and its sales company. */
    public record Placement(String type, Long companyId) {
    }

    /** True when the unit exists and is inside the scope. */
    public Uni<Boolean> visible(long id, DataScope scope) {
        return byIds(List.of(id), scope).map(rows -> !rows.isEmpty());
    }

    /** The id of the highest unit inside the scope (the first by id among equals); null when the scope sees none. */
    public Uni<Long> topUnit(DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT o.id FROM org_unit o WHERE " + scope.predicate("o.path", null, args) + " ORDER BY o.depth, o.id LIMIT 1";
        return pool.preparedQuery(sql).execute(args.tuple()).map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    /** One page of a filtered list; {@code afterKey}/{@code afterId} come from the cursor. */
    public Uni<List<OrgUnitRow>> page(OrgUnitQuery query, DataScope scope, String afterKey, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = OrganizationReadModels.orgUnits(query, scope, afterKey, afterId, args).statement(OrgUnitRow.COLUMNS, args.add(limit));
        return pool.preparedQuery(sql).execute(args.tuple()).map(OrgUnitReader::rows);
    }

    /** The first {@code limit} children (by name) of each parent, for all parents in one statement. */
    public Uni<List<OrgUnitRow>> childrenOf(List<Long> parentIds, DataScope scope, String afterName, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        String keyset = afterId == null ? ""
                : " AND (name, id) > (" + args.add(afterName) + ", " + args.add(afterId) + ")";
        String sql = "SELECT " + OrgUnitRow.COLUMNS + " FROM ("
                + " SELECT o.*, row_number() OVER (PARTITION BY parent_id ORDER BY name, id) AS rn FROM org_unit o"
                + " WHERE parent_id = ANY(" + args.add(parentIds.toArray(Long[]::new)) + ") AND "
                + scope.predicate("o.path", null, args) + keyset + ") ranked"
                + " WHERE rn <= " + args.add(limit) + " ORDER BY parent_id, name, id";
        return pool.preparedQuery(sql).execute(args.tuple()).map(OrgUnitReader::rows);
    }

    private static List<OrgUnitRow> rows(RowSet<Row> rowSet) {
        List<OrgUnitRow> rows = new ArrayList<>(rowSet.size());
        for (Row row : rowSet) {
            rows.add(OrgUnitRow.from(row));
        }
        return rows;
    }
}
