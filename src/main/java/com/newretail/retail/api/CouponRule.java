package com.newretail.retail.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.smallrye.mutiny.Uni;

/**
 * The coupon hook of checkout: what a coupon code is worth for a sale, and its redemption. The retail
 * module ships a plain percentage/amount-off table ({@code CouponTable}); the operations module
 * replaces it with campaign coupons and red packets by providing another bean of this type.
 */
public interface CouponRule {

    /** A coupon's worth for one sale: a discount, or the reason it does not apply. */
    record Quote(String code, Long couponId, BigDecimal discount, String refusal) {
        public boolean applies() {
            return refusal == null;
        }
    }

    /**
     * The discount of {@code code} on a sale of {@code amount} (after line discounts) at a store of
     * company {@code companyId}, at {@code at}; read-only.
     */
    Uni<Quote> quote(String code, long storeId, Long companyId, Long customerId, BigDecimal amount, OffsetDateTime at);

    /** Records the redemption inside the checkout transaction; false when the coupon was used up meanwhile. */
    Uni<Boolean> redeem(Quote quote, long orderId);
}
