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
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, actor, operation, target_ids, changes FROM audit_event WHERE ")
                .append(scope.predicate("scope_path", null, args));
        if (where != null) {
            if (where.actor != null) {
                sql.append(" AND actor = ").append(args.add(where.actor));
            }
            if (where.target != null) {
                sql.append(" AND target_ids @> ARRAY[").append(args.add(where.target)).append("::text]");
            }
            if (where.operation != null) {
                sql.append(" AND operation = ").append(args.add(where.operation));
            }
            if (where.from != null) {
                sql.append(" AND occurred_at >= ").append(args.add(where.from));
            }
            if (where.to != null) {
                sql.append(" AND occurred_at < ").append(args.add(where.to));
            }
        }
        if (beforeId != null) {
            sql.append(" AND id < ").append(args.add(beforeId));
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(args.add(limit));
        return pool.preparedQuery(sql.toString()).execute(args.tuple()).map(rows -> {
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
