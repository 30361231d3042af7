package com.newretail.retail.domain;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.performance.api.SalesCredits;
import com.newretail.retail.persistence.OrderStore;
import com.newretail.retail.persistence.ReturnStore;

import io.smallrye.mutiny.Uni;

/**
 * Credits sales to the store's and the salesperson's attainment in the sale's own transaction: a
 * pickup order when it is paid, a refund or a paid order's cancellation on the business day it
 * happens. (A till sale is credited by the checkout from what it already holds.)
 */
@ApplicationScoped
public class SaleCredits {

    private final OrderStore orders;
    private final ReturnStore returns;
    private final SalesCredits credits;
    private final ZoneId zone;

    public SaleCredits(OrderStore orders, ReturnStore returns, SalesCredits credits, RetailConfig config) {
        this.orders = orders;
        this.returns = returns;
        this.credits = credits;
        this.zone = config.timeZone();
    }

    public Uni<Void> paid(long orderId) {
        return orders.creditFacts(orderId).chain(f -> credits.sold(today(), f.storeId(), f.salespersonId(), f.currency(), f.amount(), f.units()));
    }

    public Uni<Void> cancelled(long orderId) {
        return orders.creditFacts(orderId).chain(f -> credits.cancelled(today(), f.storeId(), f.salespersonId(), f.currency(), f.amount(), f.units()));
    }

    public Uni<Void> refunded(long returnId) {
        return returns.creditFacts(returnId).chain(f -> credits.refunded(today(), f.storeId(), f.salespersonId(), f.currency(), f.amount(), f.units()));
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }
}
