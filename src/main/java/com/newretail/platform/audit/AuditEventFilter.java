package com.newretail.platform.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Filters of {@code auditEvents}. */
@Input("AuditEventFilter")
@Description("Narrows the audit log. All given conditions must hold.")
public class AuditEventFilter {

    @Description("Only changes made by this user (username).")
    public String actor;

    @Id
    @Description("Only changes to this object.")
    public String target;

    @Description("Only this mutation, e.g. `orgUnitMove`.")
    public String operation;

    @Description("Only changes at or after this time.")
    public OffsetDateTime from;

    @Description("Only changes before this time.")
    public OffsetDateTime to;
}
