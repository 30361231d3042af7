package com.newretail.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** The one way readers run a prepared statement on the read pool and map its rows to row records. */
public final class PoolQueries {

    private PoolQueries() {
    }

    public static <T> Uni<List<T>> list(Pool pool, String sql, SqlArgs args, Function<Row, T> mapper) {
        return list(pool, sql, args.tuple(), mapper);
    }

    public static <T> Uni<List<T>> list(Pool pool, String sql, Tuple args, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(args).map(rowSet -> map(rowSet, mapper));
    }

    public static <T> List<T> map(RowSet<Row> rowSet, Function<Row, T> mapper) {
        List<T> rows = new ArrayList<>(rowSet.size());
        for (Row row : rowSet) {
            rows.add(mapper.apply(row));
        }
        return rows;
    }
}
