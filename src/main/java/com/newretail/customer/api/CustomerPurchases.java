package com.newretail.customer.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.persistence.CustomerStore;

import io.smallrye.mutiny.Uni;

/**
 * How sales keep a member's purchase figures current, in the sale's own transaction: a paid order
 * adds to the lifetime spend and the order count, a refund takes its amount back, a cancelled paid
 * order both. Figures are net of returns, so targets, segments and RFM read them as they are.
 */
@ApplicationScoped
public class CustomerPurchases {

    private final CustomerStore store;

    public CustomerPurchases(CustomerStore store) {
        this.store = store;
    }

    /** An order of {@code amount} paid at {@code at}; nothing for a sale without a member. */
    public Uni<Void> paid(Long customerId, BigDecimal amount, String currency, OffsetDateTime at) {
        return customerId == null ? Uni.createFrom().voidItem() : store.purchase(customerId, amount, currency, at).replaceWithVoid();
    }

    /** A refund of part of a paid order. */
    public Uni<Void> refunded(Long customerId, BigDecimal amount) {
        return customerId == null ? Uni.createFrom().voidItem() : store.takeBack(customerId, amount, 0).replaceWithVoid();
    }

    /** A paid order cancelled and refunded in full: it no longer counts. */
    public Uni<Void> cancelled(Long customerId, BigDecimal amount) {
        return customerId == null ? Uni.createFrom().voidItem() : store.takeBack(customerId, amount, 1).replaceWithVoid();
    }
}
