package com.newretail.retail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.newretail.retail.domain.Pricing;

class PricingTest {

    private static Pricing.Line line(String price, int quantity, String discount) {
        return new Pricing.Line(1, quantity, new BigDecimal(price), new BigDecimal(discount));
    }

    @Test
    void couponSharesAddUpExactlyAndTheLastLineTakesTheRemainder() {
        Pricing.Priced priced = Pricing.price(List.of(line("3.33", 1, "0"), line("3.33", 1, "0"), line("3.34", 1, "0")), new BigDecimal("1.00"));
        assertEquals(new BigDecimal("0.33"), priced.lines().get(0).couponShare());
        assertEquals(new BigDecimal("0.33"), priced.lines().get(1).couponShare());
        assertEquals(new BigDecimal("0.34"), priced.lines().get(2).couponShare());
        assertEquals(new BigDecimal("9.00"), priced.total());
        assertEquals(priced.total(), priced.lines().stream().map(Pricing.PricedLine::total).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aCouponNeverMakesTheTotalNegativeAndFreeLinesTakeNoShare() {
        Pricing.Priced priced = Pricing.price(List.of(line("5.00", 2, "0"), line("4.00", 1, "4.00")), new BigDecimal("50.00"));
        assertEquals(new BigDecimal("10.00"), priced.couponDiscount());
        assertEquals(new BigDecimal("0.00"), priced.total());
        assertEquals(new BigDecimal("0.00"), priced.lines().get(1).couponShare());
        assertEquals(new BigDecimal("14.00"), priced.subtotal());
    }
}
