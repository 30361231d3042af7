package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why an inventory mutation was refused. */
@Description("Codes of the userErrors returned by inventory mutations.")
public enum InventoryErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The object (warehouse, document, transfer, stocktake, reservation, org unit, category) does not exist or is outside your data scope.")
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
    @Description("The object was changed since you read it: `expectedVersion` is stale. Read it again and retry.")
    STALE_VERSION,
    @Description("The object's status does not allow this (e.g. posting a posted document, editing a shipped transfer).")
    INVALID_STATUS,
    @Description("Four eyes: the person who submitted this stocktake may not approve its variances; another manager must.")
    SELF_APPROVAL,
    @Description("A transfer's source and target are the same warehouse.")
    SAME_WAREHOUSE,
    @Description("Receiving (or writing off) more than was shipped and is still in transit.")
    EXCEEDS_SHIPPED,
    @Description("The SKU is not on this document.")
    NOT_ON_DOCUMENT,
    @Description("The warehouse already has an open stocktake.")
    STOCKTAKE_IN_PROGRESS,
    @Description("The SKU is outside the stocktake's category subset.")
    OUTSIDE_STOCKTAKE,
    @Description("Counted stock would fall below what is reserved; release or commit reservations first.")
    BELOW_RESERVED,
    @Description("The reservation has expired; its stock was or will be given back.")
    RESERVATION_EXPIRED,
    @Description("Less stock is reserved than the reservation holds (the ledger and the reservation disagree).")
    RESERVATION_MISMATCH,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
