package com.newretail.supply.domain;

import org.eclipse.microprofile.graphql.Description;

/** How a replenishment request came about. */
@Description("How a replenishment request came about.")
public enum ReplenishmentOrigin {
    @Description("Created from the suggestions at the time.")
    SUGGESTION,
    @Description("Created with lines chosen by a person.")
    MANUAL,
    @Description("Drafted by the nightly run.")
    NIGHTLY
}
