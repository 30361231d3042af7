package com.newretail.retail.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where an order stands. */
@Description("Where an order stands. A till sale is COMPLETED at once; a pickup order goes PENDING_PAYMENT or PAID → FULFILLED, or CANCELLED.")
public enum OrderStatus {
    @Description("A pickup order placed without payment: stock is reserved until pickupBy.")
    PENDING_PAYMENT,
    @Description("A pickup order paid in full, waiting to be picked up.")
    PAID,
    @Description("A pickup order handed over: the reserved stock left the warehouse.")
    FULFILLED,
    @Description("A till sale: paid and the goods handed over at once.")
    COMPLETED,
    @Description("A pickup order cancelled: the reservation was released and any payment refunded.")
    CANCELLED
}
