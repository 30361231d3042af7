package com.newretail.retail.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * The coupon hook of checkout: what the coupon codes entered are worth for a basket, their redemption
 * in the sale's transaction, and what a refunded return gives back. The operations module provides it
 * (member coupons and cash red packets of its campaigns).
 */
public interface CouponRule {

    /** A coupon's worth for one sale: a discount, or the reason it does not apply. */
    record Quote(String code, Long couponId, BigDecimal discount, String refusal) {
        public boolean applies() {
            return refusal == null;
        }
    }

    /** A line of the basket: its SKU and its net (after the line discount). */
    record BasketLine(long skuId, BigDecimal net) {
    }

    /** What is being sold, where, to whom and when. */
    record Basket(long storeId, Long customerId, List<BasketLine> lines, OffsetDateTime at) {
    }

    /** One quote per code, in the order given; their discounts together are at most the basket's net. Read-only. */
    Uni<List<Quote>> quote(List<String> codes, Basket basket);

    /** Records the redemption inside the checkout transaction; false when the coupon was used meanwhile. */
    Uni<Boolean> redeem(Quote quote, long orderId, long storeId);

    /**
     * A refund of an order that used coupons, inside the refund's transaction: {@code returnedShare} is
     * the part of the order's coupon discount {@code couponDiscount} on the refunded lines;
     * {@code wholeOrder} is true once every unit of the order came back.
     */
    Uni<Void> returned(long orderId, BigDecimal couponDiscount, BigDecimal returnedShare, boolean wholeOrder);
}
