package com.newretail.catalog.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a catalog mutation was refused. */
@Description("Codes of the userErrors returned by catalog mutations.")
public enum CatalogErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("A referenced object does not exist.")
    NOT_FOUND,
    @Description("A required field is missing.")
    REQUIRED,
    @Description("A field's value is malformed or out of range.")
    INVALID_VALUE,
    @Description("Another object already uses this code.")
    CODE_TAKEN,
    @Description("Another SKU already has this barcode.")
    BARCODE_TAKEN,
    @Description("It changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("It is archived: it cannot be changed, nor can products be put under it.")
    ARCHIVED,
    @Description("Unarchived subcategories or products still use it; archive or move them first.")
    IN_USE,
    @Description("A category cannot be moved under itself or one of its subcategories.")
    CYCLE,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
