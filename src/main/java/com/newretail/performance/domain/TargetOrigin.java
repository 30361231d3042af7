package com.newretail.performance.domain;

import org.eclipse.microprofile.graphql.Description;

/** How a target got its current figure. */
@Description("How a target got its current figure.")
public enum TargetOrigin {
    @Description("Set directly by the level above (`salesTargetSet`).")
    SET,
    @Description("Split equally from the parent's target.")
    EQUAL,
    @Description("Split from the parent's target by last year's share.")
    LAST_YEAR_SHARE,
    @Description("Split from the parent's target by hand.")
    MANUAL,
    @Description("Taken from the suggested targets (`targetSuggestionsAccept`).")
    SUGGESTION,
    @Description("Changed by an approved proposal of the level below.")
    ADJUSTMENT
}
