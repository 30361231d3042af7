package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** The state of returned goods, which decides where they are restocked. */
@Description("The state of returned goods: SELLABLE goes back to the store's selling warehouse, DAMAGED to its DAMAGED warehouse.")
public enum ReturnCondition {
    @Description("Can be sold again.")
    SELLABLE,
    @Description("Cannot be sold; kept apart.")
    DAMAGED
}
