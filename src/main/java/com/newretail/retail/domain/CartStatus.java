package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a cart stands. */
@Description("Where a cart stands.")
public enum CartStatus {
    @Description("Being filled and priced.")
    OPEN,
    @Description("Parked at the till to serve another customer; can be resumed.")
    HELD,
    @Description("Paid: it became an order.")
    CHECKED_OUT
}
