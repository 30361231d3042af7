package com.newretail.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.newretail.operations.domain.CouponCalculator;
import com.newretail.operations.domain.CouponCalculator.Held;
import com.newretail.operations.domain.CouponKind;
import com.newretail.retail.api.CouponRule.Basket;
import com.newretail.retail.api.CouponRule.BasketLine;
import com.newretail.retail.api.CouponRule.Quote;

/** What coupons are worth for a basket: kinds, eligibility, minimum spend, stacking, order, and never more than the basket. */
class CouponCalculatorTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+08:00");
    private static final long MEMBER = 7;

    private static Held held(String code, CouponKind kind, String value, String maxDiscount, String minSpend, boolean stackable, Set<Long> skus) {
        return new Held(code.hashCode(), code, MEMBER, "AVAILABLE", new BigDecimal(kind == CouponKind.RED_PACKET ? value : "100"),
                NOW.minusDays(1), NOW.plusDays(1), kind, new BigDecimal(value), maxDiscount == null ? null : new BigDecimal(maxDiscount),
                new BigDecimal(minSpend), stackable, true, skus);
    }

    private static Basket basket(Long member, String... nets) {
        List<BasketLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < nets.length; i++) {
            lines.add(new BasketLine(i + 1, new BigDecimal(nets[i])));
        }
        return new Basket(1, member, lines, NOW);
    }

    private static List<Quote> quote(Basket basket, Held... coupons) {
        Map<String, Held> held = new HashMap<>();
        for (Held coupon : coupons) {
            held.put(coupon.code(), coupon);
        }
        return CouponCalculator.quote(java.util.Arrays.stream(coupons).map(c -> c.code().toLowerCase()).toList(), held, basket);
    }

    @Test
    void aPercentCouponIsCappedAndAppliesToItsItemsOnly() {
        Held tea = held("TEA", CouponKind.PERCENT_OFF, "50", "6.00", "0", false, Set.of(1L));
        assertEquals(new BigDecimal("5.00"), quote(basket(MEMBER, "10.00", "30.00"), tea).get(0).discount());
        assertEquals(new BigDecimal("6.00"), quote(basket(MEMBER, "20.00", "30.00"), tea).get(0).discount());
        assertTrue(quote(basket(MEMBER, "0", "30.00"), tea).get(0).refusal().contains("none of these items"));
    }

    @Test
    void aThresholdNeedsItsSpendOnTheItemsItAppliesTo() {
        Held fiftyOff = held("FIFTY", CouponKind.THRESHOLD, "50", null, "300", true, null);
        assertTrue(quote(basket(MEMBER, "299.99"), fiftyOff).get(0).refusal().contains("at least 300"));
        assertEquals(new BigDecimal("50.00"), quote(basket(MEMBER, "200.00", "100.00"), fiftyOff).get(0).discount());
    }

    @Test
    void redPacketsPayWhatCouponsLeaveAndTogetherNeverExceedTheBasket() {
        Held packet = held("PACKET", CouponKind.RED_PACKET, "30", null, "0", true, null);
        Held tenOff = held("TEN", CouponKind.AMOUNT_OFF, "10", null, "0", true, null);
        // The red packet is entered first but applies last.
        List<Quote> quotes = quote(basket(MEMBER, "25.00"), packet, tenOff);
        assertEquals(new BigDecimal("15.00"), quotes.get(0).discount());
        assertEquals(new BigDecimal("10.00"), quotes.get(1).discount());
        Held another = held("MORE", CouponKind.AMOUNT_OFF, "40", null, "0", true, null);
        List<Quote> nothingLeft = quote(basket(MEMBER, "25.00"), another, packet);
        assertEquals(new BigDecimal("25.00"), nothingLeft.get(0).discount());
        assertTrue(nothingLeft.get(1).refusal().contains("nothing left"));
    }

    @Test
    void aCouponThatDoesNotStackIsRefusedWithOthersAndOnlyTheMembersOwnCouponsApply() {
        Held alone = held("ALONE", CouponKind.AMOUNT_OFF, "5", null, "0", false, null);
        Held stacking = held("STACK", CouponKind.AMOUNT_OFF, "5", null, "0", true, null);
        List<Quote> quotes = quote(basket(MEMBER, "50.00"), alone, stacking);
        assertTrue(quotes.get(0).refusal().contains("cannot be combined"));
        assertNull(quotes.get(1).refusal());
        assertNull(quote(basket(MEMBER, "50.00"), alone).get(0).refusal());
        assertTrue(quote(basket(8L, "50.00"), alone).get(0).refusal().contains("another member"));
        assertTrue(quote(basket(null, "50.00"), alone).get(0).refusal().contains("add the member"));
        assertTrue(CouponCalculator.quote(List.of("nope"), Map.of(), basket(MEMBER, "1.00")).get(0).refusal().contains("Unknown coupon"));
    }
}
