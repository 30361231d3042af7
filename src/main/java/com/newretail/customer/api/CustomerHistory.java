package com.newretail.customer.api;

import io.smallrye.mutiny.Uni;

/**
 * A module that keeps history of customers (orders, carts) implements this to move it when a
 * duplicate is merged, in the merge's transaction: the customer module cannot name other modules'
 * tables, and they depend on it, not it on them.
 */
public interface CustomerHistory {

    /** Re-points everything of {@code duplicateId} to {@code survivorId}. */
    Uni<Void> move(long duplicateId, long survivorId);
}
