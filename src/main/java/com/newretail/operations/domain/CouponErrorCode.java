package com.newretail.operations.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a coupon mutation was refused. */
@Description("Codes of the userErrors returned by coupon mutations.")
public enum CouponErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The template, coupon, customer, snapshot, org unit, category or SKU does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A field's value is malformed or out of range (e.g. a percentage of 100, shares not adding up to 100).")
    INVALID_VALUE,
    @Description("Another template has this claim code.")
    CLAIM_CODE_TAKEN,
    @Description("The template is archived or its validity has ended: it issues no more coupons.")
    NOT_ISSUING,
    @Description("Issuing would take the template past its quantity cap.")
    QUANTITY_EXCEEDED,
    @Description("Issuing would take the template past its budget (the face value of the coupons issued).")
    BUDGET_EXCEEDED,
    @Description("The member already holds as many coupons of this template as one person may.")
    PER_PERSON_LIMIT,
    @Description("The template changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
