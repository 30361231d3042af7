package com.newretail.integration.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why a webhook mutation was refused. */
@Description("Codes of the userErrors returned by webhook mutations.")
public enum IntegrationErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The subscription or delivery does not exist.")
    NOT_FOUND,
    @Description("The URL is not an absolute https URL (http only where allowed) or targets a private address.")
    INVALID_URL,
    @Description("An event type is not in the catalog (docs/events).")
    UNKNOWN_EVENT_TYPE,
    @Description("A field's value is malformed or out of range.")
    INVALID_VALUE,
    @Description("The subscription changed since you read it; read it again.")
    STALE_VERSION,
    @Description("The delivery is being sent right now; try again in a moment.")
    IN_FLIGHT,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
