package com.newretail.organization.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why an organization mutation was refused. */
@Description("Codes of the userErrors returned by organization mutations.")
public enum OrganizationErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The object does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A required field is missing.")
    REQUIRED,
    @Description("A field's value is malformed or out of range.")
    INVALID_VALUE,
    @Description("Another org unit already uses this code.")
    CODE_TAKEN,
    @Description("This type of unit may not be placed under that parent (e.g. nothing goes under a store).")
    PARENT_NOT_ALLOWED,
    @Description("The tree already has its headquarters; there is exactly one.")
    ROOT_EXISTS,
    @Description("An org unit's type cannot be changed once created.")
    TYPE_CHANGE_NOT_ALLOWED,
    @Description("A unit cannot be moved under itself or one of its descendants.")
    CYCLE,
    @Description("Headquarters is the root and cannot be moved.")
    ROOT_NOT_MOVABLE,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
