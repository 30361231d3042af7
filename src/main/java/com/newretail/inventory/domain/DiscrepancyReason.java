package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why goods shipped on a transfer did not arrive as stock. */
@Description("Why goods shipped on a transfer did not arrive as stock.")
public enum DiscrepancyReason {
    @Description("Missing: never arrived.")
    LOST,
    @Description("Arrived damaged and was not taken into stock.")
    DAMAGED
}
