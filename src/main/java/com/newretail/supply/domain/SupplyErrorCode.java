package com.newretail.supply.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a replenishment mutation was refused. */
@Description("Codes of the userErrors returned by replenishment mutations.")
public enum SupplyErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The warehouse, SKU or request does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("Replenishment is for a store's shop-floor warehouse; this is another kind.")
    NOT_A_STORE_WAREHOUSE,
    @Description("No supplying warehouse was given, none is set in the policy, and the store's parent has none.")
    NO_SOURCE,
    @Description("The supplying warehouse is not the store's, nor one of a unit above it.")
    INVALID_SOURCE,
    @Description("A field's value is malformed or out of range.")
    INVALID_VALUE,
    @Description("A SKU appears on two lines.")
    DUPLICATE_SKU,
    @Description("Nothing is suggested for the warehouse now, and no lines were given.")
    NOTHING_TO_ORDER,
    @Description("The request is not in a state that allows this (e.g. approving a cancelled one).")
    WRONG_STATUS,
    @Description("The request changed since you read it; read it again.")
    STALE_VERSION,
    @Description("Inventory refused the transfer (e.g. an inactive SKU); the message says why.")
    TRANSFER_REFUSED,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
