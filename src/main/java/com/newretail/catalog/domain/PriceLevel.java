package com.newretail.catalog.domain;

import org.eclipse.microprofile.graphql.Description;

/** A level of the org tree that a price list can apply to as a whole. */
@Description("A level of the org tree: a price list for a level applies to every org unit of that type.")
public enum PriceLevel {
    @Description("Headquarters.")
    HEADQUARTERS,
    @Description("Every regional sales company (company price).")
    SALES_COMPANY,
    @Description("Every dealer (dealer supply price).")
    DEALER,
    @Description("Every store (store retail price).")
    STORE
}
