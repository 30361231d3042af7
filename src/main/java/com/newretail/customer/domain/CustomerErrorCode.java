package com.newretail.customer.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a customer mutation was refused. */
@Description("Codes of the userErrors returned by customer mutations.")
public enum CustomerErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The org unit does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A required field is missing.")
    REQUIRED,
    @Description("A field's value is malformed (e.g. not a mainland mobile number).")
    INVALID_VALUE,
    @Description("The home store must be an org unit of type STORE under a sales company.")
    NOT_A_STORE,
    @Description("The company already has a customer with this mobile number.")
    MOBILE_TAKEN,
    @Description("The customer changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("The shopping guide is not an active staff member of the customer's company within your data scope.")
    INVALID_GUIDE,
    @Description("A system tag is set by the service's rules; staff cannot remove it.")
    SYSTEM_TAG,
    @Description("A customer cannot be merged into themselves.")
    MERGE_INTO_SELF,
    @Description("The customer was already merged into another one; use that one.")
    ALREADY_MERGED,
    @Description("The customers, guide or store belong to different sales companies.")
    NOT_SAME_COMPANY,
    @Description("Too many customers for one call.")
    TOO_MANY,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
