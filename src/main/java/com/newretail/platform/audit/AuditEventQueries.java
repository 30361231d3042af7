package com.newretail.platform.audit;



import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/** {@code auditEvents}: the audit log, for the roles that may read it, within their data scope. */
@GraphQLApi
public class AuditEventQueries {

    private final AuditReader reader;
    private final CallerScope scope;

    public AuditEventQueries(AuditReader reader, CallerScope scope) {
        this.reader = reader;
        this.scope = scope;
    }

    @Query("auditEvents")
    @RolesAllowed("${newretail.rules.auditEvents}")
    @Description("Changes made through the API, newest first, limited to your data scope.")
    public Uni<@NonNull AuditEventConnection> auditEvents(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("where") @Description("Filters; all must hold.") AuditEventFilter where) {
        PageRequest page = PageRequest.of(first, after);
        Long beforeId = page.afterId();
        return scope.current()
                .chain(callerScope -> reader.page(where, callerScope, beforeId, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new AuditEventConnection.Edge(new AuditEvent(row), cursor),
                        AuditEventConnection::new));
    }


}
