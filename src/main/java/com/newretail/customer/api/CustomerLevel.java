package com.newretail.customer.api;

import org.eclipse.microprofile.graphql.Description;

/** A member's tier (in the api package: segments in operations select members by it). */
@Description("A member's tier, from REGULAR up to PLATINUM.")
public enum CustomerLevel {
    @Description("Every member starts here.")
    REGULAR,
    @Description("The second tier.")
    SILVER,
    @Description("The third tier.")
    GOLD,
    @Description("The top tier.")
    PLATINUM
}
