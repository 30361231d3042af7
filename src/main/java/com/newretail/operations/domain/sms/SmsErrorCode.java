package com.newretail.operations.domain.sms;

import org.eclipse.microprofile.graphql.Description;

/** Why an SMS mutation was refused. */
@Description("Codes of the userErrors returned by SMS mutations.")
public enum SmsErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The template, snapshot or customer does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A field's value is malformed or out of range (e.g. an unknown {variable} in a template).")
    INVALID_VALUE,
    @Description("The template is archived.")
    ARCHIVED,
    @Description("None of the recipients has given SMS consent: nothing was queued.")
    NO_CONSENT,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
