package com.newretail.supply;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.newretail.supply.domain.Policy;
import com.newretail.supply.domain.Suggestion;
import com.newretail.supply.domain.SuggestionCalculator;

/** The replenishment rule on figures worked out by hand. */
class SuggestionCalculatorTest {

    private static final Policy COVER = new Policy(null, null, 3, 14, null, null, 1);

    @Test
    void aFastSellerWithLowStockIsOrderedUpToLeadTimeAndCoverDaysOfSales() {
        // 10 a day in both windows; 5 available: reorder point 3 × 10 = 30, order up to 17 × 10 = 170.
        Suggestion s = SuggestionCalculator.suggest(1, 5, 5, 0, 0, 0, 70, 280, COVER);
        assertEquals("10.00", s.dailyRate().toPlainString());
        assertEquals(30, s.reorderPoint());
        assertEquals(170, s.targetStock());
        assertEquals(165, s.quantity());
        assertEquals("0.5", s.daysOfCover().toPlainString());
        assertThat(s.reason(), containsString("Sells 10.00 a day"));
        assertThat(s.reason(), containsString("Order 165."));
    }

    @Test
    void aSlowSellerWithCoverGetsNothing() {
        // 1 in the last 7 days, 4 in 28: (4 × 1 + 4) / 56 = 0.14 a day; 50 on hand last a year.
        Suggestion s = SuggestionCalculator.suggest(2, 50, 50, 0, 0, 0, 1, 4, COVER);
        assertEquals("0.14", s.dailyRate().toPlainString());
        assertEquals(0, s.quantity());
        assertThat(s.reason(), containsString("Nothing to order."));
    }

    @Test
    void theRecentWeekWeighsAsMuchAsTheMonthAndStockOnTheWayOrRequestedCounts() {
        // A surge: 70 in the last 7 days, 70 in 28 → (280 + 70) / 56 = 6.25 a day.
        Suggestion surge = SuggestionCalculator.suggest(3, 10, 10, 0, 0, 0, 70, 70, COVER);
        assertEquals("6.25", surge.dailyRate().toPlainString());
        assertEquals(107 - 10, surge.quantity()); // ceil(6.25 × 17) = 107
        // 20 inbound and 100 requested already cover it.
        assertEquals(0, SuggestionCalculator.suggest(3, 10, 10, 20, 100, 0, 70, 70, COVER).quantity());
        // Reserved units do not count: 10 on hand of which 8 reserved leaves 2 available.
        assertEquals(105, SuggestionCalculator.suggest(3, 10, 2, 0, 0, 0, 70, 70, COVER).quantity());
    }

    @Test
    void safetyStockRaisesBothThePointAndTheTargetAndPacksRoundUp() {
        Policy packs = new Policy(null, null, 3, 14, null, null, 12);
        Suggestion s = SuggestionCalculator.suggest(4, 5, 5, 0, 0, 4, 70, 280, packs);
        assertEquals(34, s.reorderPoint());
        assertEquals(174, s.targetStock());
        assertEquals(180, s.quantity()); // 169 rounded up to packs of 12
    }

    @Test
    void minMaxOrdersUpToMaxBelowMinEvenWithoutSales() {
        Policy minMax = new Policy(null, null, 3, 14, 5, 20, 1);
        assertEquals(18, SuggestionCalculator.suggest(5, 2, 2, 0, 0, 0, 0, 0, minMax).quantity());
        assertEquals(0, SuggestionCalculator.suggest(5, 5, 5, 0, 0, 0, 0, 0, minMax).quantity());
        assertNull(SuggestionCalculator.suggest(5, 2, 2, 0, 0, 0, 0, 0, minMax).daysOfCover());
    }
}
