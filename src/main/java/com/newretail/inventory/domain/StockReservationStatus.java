package com.newretail.inventory.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a stock reservation stands. */
@Description("Where a stock reservation stands.")
public enum StockReservationStatus {
    @Description("Holding stock until it expires.")
    ACTIVE,
    @Description("Given back before expiry.")
    RELEASED,
    @Description("Turned into a sale: the stock left.")
    COMMITTED,
    @Description("Given back automatically at expiry.")
    EXPIRED
}
