package com.newretail.operations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.newretail.retail.api.CouponRule.Basket;
import com.newretail.retail.api.CouponRule.BasketLine;
import com.newretail.retail.api.CouponRule.Quote;

/**
 * What the coupons a member holds are worth for a basket. Coupons apply in the order entered, red
 * packets last (cash pays what the coupons leave); each takes at most what the items it applies to
 * cost and what is left of the basket, so together they never exceed the basket's net.
 */
public final class CouponCalculator {

    /**
     * A member coupon with its template's terms, as the till sees it: {@code eligibleSkus} are the
     * basket's SKUs it applies to (null: all), {@code atStore} whether the store is covered.
     */
    public record Held(long couponId, String code, long customerId, String status, BigDecimal balance, OffsetDateTime validFrom,
            OffsetDateTime validTo, CouponKind kind, BigDecimal value, BigDecimal maxDiscount, BigDecimal minSpend, boolean stackable,
            boolean atStore, Set<Long> eligibleSkus) {
    }

    private CouponCalculator() {
    }

    /** The code as stored: trimmed, upper case. */
    public static String normalize(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** One quote per code, in the order given. */
    public static List<Quote> quote(List<String> codes, Map<String, Held> held, Basket basket) {
        Quote[] quotes = new Quote[codes.size()];
        List<Integer> redPackets = new ArrayList<>();
        List<Integer> coupons = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Held coupon = held.get(normalize(codes.get(i)));
            String refusal = refusal(codes.get(i), coupon, basket, codes.size());
            if (refusal != null) {
                quotes[i] = new Quote(codes.get(i), coupon == null ? null : coupon.couponId(), BigDecimal.ZERO, refusal);
            } else {
                (coupon.kind() == CouponKind.RED_PACKET ? redPackets : coupons).add(i);
            }
        }
        BigDecimal left = basket.lines().stream().map(BasketLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        coupons.addAll(redPackets);
        for (int i : coupons) {
            Held coupon = held.get(normalize(codes.get(i)));
            BigDecimal eligible = basket.lines().stream().filter(line -> coupon.eligibleSkus() == null || coupon.eligibleSkus().contains(line.skuId()))
                    .map(BasketLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
            String code = codes.get(i);
            if (eligible.signum() == 0) {
                quotes[i] = new Quote(code, coupon.couponId(), BigDecimal.ZERO, "Coupon " + code + " applies to none of these items");
                continue;
            }
            if (eligible.compareTo(coupon.minSpend()) < 0) {
                quotes[i] = new Quote(code, coupon.couponId(), BigDecimal.ZERO, "Coupon " + code + " needs a spend of at least "
                        + coupon.minSpend().toPlainString() + " on the items it applies to");
                continue;
            }
            BigDecimal discount = worth(coupon, eligible).min(eligible).min(left).setScale(2, RoundingMode.HALF_UP);
            if (discount.signum() <= 0) {
                quotes[i] = new Quote(code, coupon.couponId(), BigDecimal.ZERO, "Coupon " + code + " has nothing left to take off");
                continue;
            }
            left = left.subtract(discount);
            quotes[i] = new Quote(code, coupon.couponId(), discount, null);
        }
        return Arrays.asList(quotes);
    }

    private static BigDecimal worth(Held coupon, BigDecimal eligible) {
        return switch (coupon.kind()) {
            case AMOUNT_OFF, THRESHOLD -> coupon.value();
            case PERCENT_OFF -> eligible.multiply(coupon.value()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).min(coupon.maxDiscount());
            case RED_PACKET -> coupon.balance();
        };
    }

    private static String refusal(String code, Held coupon, Basket basket, int couponsEntered) {
        if (coupon == null) {
            return "Unknown coupon " + code;
        }
        if (basket.customerId() == null) {
            return "Coupon " + code + " belongs to a member: add the member to the sale";
        }
        if (coupon.customerId() != basket.customerId()) {
            return "Coupon " + code + " belongs to another member";
        }
        if ("VOID".equals(coupon.status())) {
            return "Coupon " + code + " was voided";
        }
        if ("USED".equals(coupon.status())) {
            return "Coupon " + code + " was already used";
        }
        if (basket.at().isBefore(coupon.validFrom())) {
            return "Coupon " + code + " is not valid yet";
        }
        if (!basket.at().isBefore(coupon.validTo())) {
            return "Coupon " + code + " has expired";
        }
        if (!coupon.atStore()) {
            return "Coupon " + code + " is not valid at this store";
        }
        if (couponsEntered > 1 && !coupon.stackable()) {
            return "Coupon " + code + " cannot be combined with other coupons";
        }
        return null;
    }
}
