package com.newretail.operations.domain.survey;

import org.eclipse.microprofile.graphql.Description;

/** How a question is answered. */
@Description("How a survey question is answered.")
public enum QuestionKind {
    @Description("One of `options`.")
    SINGLE_CHOICE,
    @Description("Any of `options`.")
    MULTIPLE_CHOICE,
    @Description("A whole number from 1 to `ratingMax`.")
    RATING,
    @Description("Free text, at most 1000 characters.")
    TEXT
}
