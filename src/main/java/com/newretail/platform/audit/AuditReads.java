package com.newretail.platform.audit;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;

/** The audit log's part of the planner: {@code auditEvents} without their {@code changes}. */
@ApplicationScoped
class AuditReads implements ReadModelSource {

    private static final Set<String> FILTER_FIELDS = Set.of("actor", "target", "operation", "from", "to");

    @Override
    public List<ReadModel> readModels() {
        return List.of(AuditReadModels.EVENT);
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("auditEvents", "AuditEvent", true, AuditReadModels.ALIASES, (arguments, page, scope, args) ->
                AuditReadModels.events(filter(arguments.object("where")), scope, page.afterId(), args)));
    }

    /** {@code where} as {@code AuditEventQueries} receives it. */
    private static AuditReadModels.Filter filter(Arguments where) {
        if (where == null) {
            return new AuditReadModels.Filter(null, null, null, null, null);
        }
        if (!FILTER_FIELDS.containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        return new AuditReadModels.Filter(where.string("actor"), where.string("target"), where.string("operation"), where.dateTime("from"),
                where.dateTime("to"));
    }
}
