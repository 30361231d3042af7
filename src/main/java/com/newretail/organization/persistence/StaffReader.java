package com.newretail.organization.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.scope.CallerBinding;
import com.newretail.platform.scope.CallerBindingLookup;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.DataScopeKind;
import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of staff, always within a data scope; also binds callers to their staff record. */
@ApplicationScoped
public class StaffReader implements CallerBindingLookup {

    private static final String FROM = " FROM staff sf JOIN org_unit ou ON ou.id = sf.org_unit_id ";

    private final Pool pool;

    public StaffReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<StaffRow>> byIds(List<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SqlArgs args = new SqlArgs();
        String sql = OrganizationReadModels.staffByIds(ids, scope, args).statement(StaffRow.COLUMNS, null);
        return pool.preparedQuery(sql).execute(args.tuple()).map(StaffReader::rows);
    }

    /** A page ordered by name then id; {@code search} matches name, employee number or mobile. */
    public Uni<List<StaffRow>> page(StaffQuery query, DataScope scope, String afterName, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = OrganizationReadModels.staff(query, scope, afterName, afterId, args).statement(StaffRow.COLUMNS, args.add(limit));
        return pool.preparedQuery(sql).execute(args.tuple()).map(StaffReader::rows);
    }

    /** True when the staff member exists and is inside the scope. */
    public Uni<Boolean> visible(long staffId, DataScope scope) {
        return byIds(List.of(staffId), scope).map(rows -> !rows.isEmpty());
    }

    /**
     * The binding of an active person with an active account: a disabled account loses its data scope
     * here at once, whatever its tokens still say and before Keycloak has been told.
     */
    @Override
    public Uni<Optional<CallerBinding>> find(String subject) {
        return pool.preparedQuery("SELECT sf.id, sf.org_unit_id, p.data_scope FROM staff sf JOIN position p ON p.id = sf.position_id "
                + "WHERE sf.account_user_id = $1 AND sf.status = 'ACTIVE' AND sf.account_status = 'ACTIVE'")
                .execute(Tuple.of(subject))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new CallerBinding(row.getLong("id"), row.getLong("org_unit_id"),
                            DataScopeKind.valueOf(row.getString("data_scope"))));
                });
    }

    private static List<StaffRow> rows(RowSet<Row> rowSet) {
        List<StaffRow> rows = new ArrayList<>(rowSet.size());
        for (Row row : rowSet) {
            rows.add(StaffRow.from(row));
        }
        return rows;
    }
}
