package com.newretail.operations.domain.task;

import org.eclipse.microprofile.graphql.Description;

/** Where an operation task stands. */
@Description("Where an operation task stands: DRAFT → SCHEDULED → RUNNING → FINISHED (or CANCELLED).")
public enum TaskStatus {
    @Description("Being planned; changes nothing yet.")
    DRAFT,
    @Description("Will start at `startAt`: the segment is snapshotted, the control group held back, the tools run.")
    SCHEDULED,
    @Description("Started; sales of the targeted members count until the attribution window ends.")
    RUNNING,
    @Description("The attribution window has ended; the report is final.")
    FINISHED,
    @Description("Cancelled before it started, or it could not start (see `lastError`).")
    CANCELLED
}
