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
    @Description("The org unit still has units below it.")
    HAS_CHILDREN,
    @Description("Staff members still belong to the org unit.")
    HAS_STAFF,
    @Description("Another position already uses this code.")
    POSITION_CODE_TAKEN,
    @Description("A realm role is not one the product knows.")
    UNKNOWN_ROLE,
    @Description("Staff members still hold this position.")
    POSITION_IN_USE,
    @Description("Another staff member of the same company already has this employee number.")
    EMPLOYEE_NUMBER_TAKEN,
    @Description("You may not assign this position (its roles or data scope exceed yours), or change your own position or account.")
    FORBIDDEN_POSITION,
    @Description("The staff member is inactive.")
    STAFF_INACTIVE,
    @Description("The staff member already has an account.")
    ACCOUNT_EXISTS,
    @Description("The staff member has no active account.")
    NO_ACCOUNT,
    @Description("Keycloak already has a user with this username or email.")
    USERNAME_TAKEN,
    @Description("Keycloak could not be reached or refused the change; nothing was changed. Try again later.")
    KEYCLOAK_UNAVAILABLE,
    @Description("The record was changed by someone else since you read it; reload and try again.")
    STALE_VERSION,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
