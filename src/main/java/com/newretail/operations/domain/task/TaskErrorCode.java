package com.newretail.operations.domain.task;

import org.eclipse.microprofile.graphql.Description;

/** Why a task mutation was refused. */
@Description("Codes of the userErrors returned by operation task mutations.")
public enum TaskErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The task, segment, template or survey does not exist.")
    NOT_FOUND,
    @Description("A field's value is malformed or out of range (no tool, a start in the past, a control group above 50 %).")
    INVALID_VALUE,
    @Description("The task is not in a state that allows this (scheduling a running task, cancelling a finished one).")
    INVALID_STATUS,
    @Description("The task changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
