package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why an inventory mutation was refused. */
@Description("Codes of the userErrors returned by inventory mutations.")
public enum InventoryErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The warehouse or org unit does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A required field is missing.")
    REQUIRED,
    @Description("A field's value is malformed or out of range (e.g. a quantity of zero or less).")
    INVALID_VALUE,
    @Description("Another warehouse already uses this code.")
    CODE_TAKEN,
    @Description("No SKU has this ID.")
    UNKNOWN_SKU,
    @Description("The SKU is inactive and cannot be moved in or out.")
    SKU_INACTIVE,
    @Description("The same SKU appears on two lines.")
    DUPLICATE_LINE,
    @Description("Not enough available stock (on hand minus reserved) for a line; nothing was changed.")
    INSUFFICIENT_STOCK,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
