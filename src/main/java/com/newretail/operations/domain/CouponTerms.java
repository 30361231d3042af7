package com.newretail.operations.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A coupon template as asked for, before it is checked; null means "not given" (defaults apply). */
public record CouponTerms(String name, CouponKind kind, BigDecimal value, BigDecimal maxDiscount, BigDecimal minSpend, Long ownerUnitId,
        List<Long> storeUnitIds, List<Long> categoryIds, List<Long> skuIds, Boolean stackable, OffsetDateTime validFrom, OffsetDateTime validTo,
        Integer validDays, BigDecimal hqShare, BigDecimal companyShare, BigDecimal dealerShare, CouponReturnPolicy onReturn, BigDecimal budget,
        Integer quantityCap, Integer perPersonLimit, String claimCode) {
}
