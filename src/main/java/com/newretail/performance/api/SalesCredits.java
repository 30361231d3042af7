package com.newretail.performance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.performance.persistence.TargetStore;

import io.smallrye.mutiny.Uni;

/**
 * How sales reach attainment, in the sale's own transaction: a paid order is credited to its store
 * and salesperson on the business day it was paid; a refund or the cancellation of a paid order is
 * taken back on the day it happens (a closed month stays as it was reported).
 */
@ApplicationScoped
public class SalesCredits {

    private final TargetStore store;

    public SalesCredits(TargetStore store) {
        this.store = store;
    }

    /** A paid order: its total and units count for the store and the salesperson (null: none). */
    public Uni<Void> sold(LocalDate businessDate, long storeId, Long salespersonId, String currency, BigDecimal total, int units) {
        return store.credit(businessDate, storeId, salespersonId, currency, total, units, 1);
    }

    /** A refund of part of an order. */
    public Uni<Void> refunded(LocalDate businessDate, long storeId, Long salespersonId, String currency, BigDecimal amount, int units) {
        return store.credit(businessDate, storeId, salespersonId, currency, amount.negate(), -units, 0);
    }

    /** A paid order cancelled and refunded in full: it no longer counts as an order either. */
    public Uni<Void> cancelled(LocalDate businessDate, long storeId, Long salespersonId, String currency, BigDecimal total, int units) {
        return store.credit(businessDate, storeId, salespersonId, currency, total.negate(), -units, -1);
    }
}
