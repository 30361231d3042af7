package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a retail mutation was refused. */
@Description("Codes of the userErrors returned by retail mutations.")
public enum RetailErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The store, cart, customer, salesperson or warehouse does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A required field is missing.")
    REQUIRED,
    @Description("A field's value is malformed or out of range.")
    INVALID_VALUE,
    @Description("No SKU has this ID or barcode.")
    UNKNOWN_SKU,
    @Description("The SKU is inactive and cannot be sold.")
    SKU_INACTIVE,
    @Description("The store has no STORE warehouse to sell from.")
    NO_SALE_WAREHOUSE,
    @Description("The customer belongs to another company, or the salesperson works elsewhere.")
    WRONG_STORE,
    @Description("A line discount is larger than the line.")
    DISCOUNT_TOO_HIGH,
    @Description("The coupon is unknown, expired, used up, for another company, or the spend is below its minimum.")
    COUPON_INVALID,
    @Description("Checking out a cart without lines.")
    EMPTY_CART,
    @Description("The tenders do not add up to the amount due (only cash may exceed it, giving change).")
    TENDERS_MISMATCH,
    @Description("A non-cash tender needs its reference (card slip, transaction number, voucher number).")
    REFERENCE_REQUIRED,
    @Description("Not enough available stock in the store's warehouse; nothing was sold.")
    INSUFFICIENT_STOCK,
    @Description("The cart was changed since you read it: `expectedVersion` is stale.")
    STALE_VERSION,
    @Description("The cart or return is not in a status that allows this (e.g. refunding a return that is not approved).")
    INVALID_STATUS,
    @Description("Four eyes: the person who requested this may not approve it; another manager must.")
    SELF_APPROVAL,
    @Description("The order has no line with this number.")
    NOT_ON_ORDER,
    @Description("Returning more than was sold minus what is already returned or being returned.")
    EXCEEDS_SOLD,
    @Description("A refund names a tender the order was not paid with, or more than was paid with it.")
    UNKNOWN_TENDER,
    @Description("The refunds do not add up to the return's refund total.")
    REFUND_MISMATCH,
    @Description("Damaged goods go to the store's DAMAGED warehouse, and the store has none.")
    NO_DAMAGED_WAREHOUSE,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
