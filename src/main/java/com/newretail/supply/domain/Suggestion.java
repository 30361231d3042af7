package com.newretail.supply.domain;

import java.math.BigDecimal;

/** What to order of one SKU for a store warehouse, and the figures that led there. */
public record Suggestion(long skuId, int onHand, int available, int inbound, int requested, int safetyStock, BigDecimal average7,
        BigDecimal average28, BigDecimal dailyRate, Policy policy, int reorderPoint, int targetStock, int quantity, BigDecimal daysOfCover,
        String reason) {

    /** Available now, plus on the way in, plus already requested. */
    public int pipeline() {
        return available + inbound + requested;
    }
}
