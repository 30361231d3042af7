package com.newretail.retail.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerHistory;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** A merged duplicate's orders and carts become the surviving customer's. */
@ApplicationScoped
public class RetailCustomerHistory implements CustomerHistory {

    private static final String ORDERS = "UPDATE retail_order SET customer_id = ?2 WHERE customer_id = ?1";
    private static final String CARTS = "UPDATE cart SET customer_id = ?2 WHERE customer_id = ?1";

    @Override
    public Uni<Void> move(long duplicateId, long survivorId) {
        return NativeSql.update(ORDERS, duplicateId, survivorId).chain(() -> NativeSql.update(CARTS, duplicateId, survivorId)).replaceWithVoid();
    }
}
