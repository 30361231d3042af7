package com.newretail.operations.domain.market;

import org.eclipse.microprofile.graphql.Description;

/** Why a market price mutation was refused. */
@Description("Codes of the userErrors returned by market price mutations.")
public enum MarketErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The SKU or org unit does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A field's value is malformed or out of range (a price of 0, a day in the future, neither SKU nor product name).")
    INVALID_VALUE,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
