package com.newretail.platform.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Reads the audit log, newest first, within the caller's data scope. */
@ApplicationScoped
public class AuditReader {

    private final Pool pool;

    public AuditReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<AuditEventRow>> page(AuditEventFilter where, DataScope scope, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = AuditReadModels.events(AuditReadModels.Filter.of(where), scope, beforeId, args)
                .statement(AuditReadModels.EVENT.plainColumns() + ", ae.changes", args.add(limit));
        return pool.preparedQuery(sql).execute(args.tuple()).map(rows -> {
            List<AuditEventRow> events = new ArrayList<>(rows.size());
            for (Row row : rows) {
                events.add(new AuditEventRow(row.getLong("id"), row.getOffsetDateTime("occurred_at"),
                        row.getString("actor"), row.getString("operation"),
                        List.of(row.getArrayOfStrings("target_ids")), row.getJsonObject("changes")));
            }
            return events;
        });
    }
}
