package com.newretail.organization.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

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
        return pool.preparedQuery("SELECT " + PositionRow.COLUMNS + " FROM position WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new))).map(PositionReader::rows);
    }

    public Uni<List<PositionRow>> page(String afterCode, int limit) {
        return pool.preparedQuery("SELECT " + PositionRow.COLUMNS + " FROM position "
                + "WHERE ($1::text IS NULL OR code > $1) ORDER BY code LIMIT $2")
                .execute(Tuple.tuple(java.util.Arrays.asList(afterCode, limit))).map(PositionReader::rows);
    }

    private static List<PositionRow> rows(RowSet<Row> rowSet) {
        List<PositionRow> rows = new ArrayList<>(rowSet.size());
        for (Row row : rowSet) {
            rows.add(PositionRow.from(row));
        }
        return rows;
    }
}
