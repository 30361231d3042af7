package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** How an order was sold. */
@Description("How an order was sold.")
public enum OrderKind {
    @Description("Sold at the till and completed at once.")
    SALE,
    @Description("Stock reserved for the customer to collect by pickupBy.")
    PICKUP
}
