package com.newretail.operations.domain.survey;

import org.eclipse.microprofile.graphql.Description;

/** Why a survey mutation was refused. */
@Description("Codes of the userErrors returned by survey mutations.")
public enum SurveyErrorCode {
    @Description("An ID is malformed or denotes another type of object.")
    INVALID_ID,
    @Description("The survey or customer does not exist or is outside your data scope.")
    NOT_FOUND,
    @Description("A field's value is malformed or out of range (a question without options, an answer that is not an option, …).")
    INVALID_VALUE,
    @Description("The survey is not in a state that allows this (answering a draft or closed survey, publishing a closed one).")
    INVALID_STATUS,
    @Description("The member already answered this survey, which takes one response per member.")
    ALREADY_ANSWERED,
    @Description("The survey changed since you read `expectedVersion`; read it again and retry.")
    STALE_VERSION,
    @Description("The idempotency key was already used for a different request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("The idempotency key is empty or longer than 128 characters.")
    IDEMPOTENCY_KEY_INVALID
}
