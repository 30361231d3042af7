package com.newretail.organization.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Read paths of positions (master data, visible to all staff). */
@ApplicationScoped
public class PositionReader {

    private final Pool pool;

    public PositionReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<PositionRow>> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SqlArgs args = new SqlArgs();
        return query(OrganizationReadModels.positionsByIds(ids, args).statement(OrganizationReadModels.POSITION.plainColumns(), null), args);
    }

    public Uni<List<PositionRow>> page(String afterCode, int limit) {
        SqlArgs args = new SqlArgs();
        return query(OrganizationReadModels.positions(afterCode, args).statement(OrganizationReadModels.POSITION.plainColumns(),
                Integer.toString(limit)), args);
    }

    private Uni<List<PositionRow>> query(String sql, SqlArgs args) {
        return pool.preparedQuery(sql).execute(args.tuple()).map(PositionReader::rows);
    }

    private static List<PositionRow> rows(RowSet<Row> rowSet) {
        List<PositionRow> rows = new ArrayList<>(rowSet.size());
        for (Row row : rowSet) {
            rows.add(PositionRow.from(row));
        }
        return rows;
    }
}
