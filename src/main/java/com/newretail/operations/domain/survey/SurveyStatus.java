package com.newretail.operations.domain.survey;

import org.eclipse.microprofile.graphql.Description;

/** Where a survey stands. */
@Description("Where a survey stands: DRAFT → PUBLISHED (answerable) → CLOSED.")
public enum SurveyStatus {
    @Description("Being written; not answerable.")
    DRAFT,
    @Description("Answerable through links and at the till.")
    PUBLISHED,
    @Description("No more answers.")
    CLOSED
}
