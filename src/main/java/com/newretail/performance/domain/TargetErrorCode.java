package com.newretail.performance.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a target mutation was refused. */
@Description("Codes of the userErrors returned by sales target mutations.")
public enum TargetErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The org unit, staff member, target or proposal does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("The period is not a month (2027-01), a quarter (2027-Q1) or a year (2027), or not of the kind this mutation takes.")
    INVALID_PERIOD,
    @Description("An amount is negative, has more than two decimals or is too large; a quantity is negative.")
    INVALID_AMOUNT,
    @Description("A field's value is malformed (e.g. an empty reason or a currency that is not an ISO 4217 code).")
    INVALID_VALUE,
    @Description("The level above sets a unit's target: you cannot set or split your own unit's figure except by proposing an adjustment.")
    OWN_LEVEL,
    @Description("The subject already has a target in this month; send `expectedVersion` to change it.")
    TARGET_EXISTS,
    @Description("A quarter or year was given but some of its months already have targets for this subject; change those months one by one.")
    OVERLAPPING_PERIOD,
    @Description("The target or proposal changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("The unit has no target for the month to split or fit the figures to.")
    NO_PARENT_TARGET,
    @Description("The children's amounts (or quantities) do not add up to the parent's target.")
    ALLOCATION_MISMATCH,
    @Description("A share names an org unit that is not a direct child of the unit, or staff not working at the store.")
    NOT_A_CHILD,
    @Description("A share names the same child twice.")
    DUPLICATE_SHARE,
    @Description("The unit has no children (or the store no active staff) to split its target to.")
    NO_CHILDREN,
    @Description("The target already has an open proposal; it must be decided first.")
    ADJUSTMENT_OPEN,
    @Description("The proposal was already approved or rejected.")
    ALREADY_DECIDED,
    @Description("Proposals are made by the target's own level and decided by the level above it, never by the subject or the proposer.")
    NOT_ALLOWED,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
