package com.newretail.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read model of audit events and the one selection of them, used by {@link AuditReader} and by
 * the planner. An event's {@code changes} are turned from JSON into a list in Java, so they are not
 * declared: a query asking for them is answered by the resolver.
 */
public final class AuditReadModels {

    public static final ReadModel EVENT = ReadModel.of("AuditEvent", "audit_event ae", "ae.id")
            .id("id")
            .scalar("occurredAt", "ae.occurred_at", Codec.DATE_TIME)
            .scalar("actor", "ae.actor", Codec.STRING)
            .scalar("operation", "ae.operation", Codec.STRING)
            .scalar("targetIds", "ae.target_ids", Codec.STRING_LIST)
            .build();

    /** The aliases of {@link #events}' FROM. */
    public static final Set<String> ALIASES = Set.of("ae");

    /** What the log is narrowed to; null parts are open. */
    public record Filter(String actor, String target, String operation, OffsetDateTime from, OffsetDateTime to) {

        static Filter of(AuditEventFilter where) {
            return where == null ? new Filter(null, null, null, null, null)
                    : new Filter(where.actor, where.target, where.operation, where.from, where.to);
        }
    }

    private AuditReadModels() {
    }

    /** Events within the scope, newest first, before {@code beforeId}. */
    public static ReadRoot.Selection events(Filter filter, DataScope scope, Long beforeId, SqlArgs args) {
        StringBuilder where = new StringBuilder(scope.predicate("ae.scope_path", null, args));
        if (filter.actor() != null) {
            where.append(" AND ae.actor = ").append(args.add(filter.actor()));
        }
        if (filter.target() != null) {
            where.append(" AND ae.target_ids @> ARRAY[").append(args.add(filter.target())).append("::text]");
        }
        if (filter.operation() != null) {
            where.append(" AND ae.operation = ").append(args.add(filter.operation()));
        }
        if (filter.from() != null) {
            where.append(" AND ae.occurred_at >= ").append(args.add(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND ae.occurred_at < ").append(args.add(filter.to()));
        }
        if (beforeId != null) {
            where.append(" AND ae.id < ").append(args.add(beforeId));
        }
        return new ReadRoot.Selection("audit_event ae", where.toString(), "ae.id DESC", List.of("ae.id"));
    }
}
