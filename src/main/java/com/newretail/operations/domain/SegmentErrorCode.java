package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a segment mutation was refused. */
@Description("Codes of the userErrors returned by segment mutations.")
public enum SegmentErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The segment, org unit or category does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A field's value is malformed (e.g. an empty name).")
    INVALID_VALUE,
    @Description("A rule node sets no field or more than one, nests too deep, has too many conditions or a value out of range.")
    INVALID_RULE,
    @Description("Another live segment has this name.")
    NAME_TAKEN,
    @Description("The segment changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("The segment is archived.")
    ARCHIVED,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
