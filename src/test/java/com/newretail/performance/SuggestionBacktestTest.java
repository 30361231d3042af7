package com.newretail.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.newretail.performance.domain.Period;
import com.newretail.performance.domain.Split;
import com.newretail.performance.domain.TargetSuggester;

/**
 * The backtest of suggested targets: three years of generated daily sales for 40 stores (each its own
 * level and growth, a yearly season with the Spring Festival, May Day, Golden Week and Double 11
 * peaks, busy weekends, daily noise), the last twelve months held out. For each store and held-out
 * month the suggestion sees only the days before the month; its mean absolute percentage error is
 * compared with the naive "same as last month". The figures are printed and stated in the README.
 */
class SuggestionBacktestTest {

    private static final double[] SEASON = {1.30, 0.70, 0.90, 0.95, 1.10, 1.00, 0.90, 0.92, 1.00, 1.20, 1.12, 1.15};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final YearMonth FIRST_HELD_OUT = YearMonth.of(2025, 1);
    private static final int HELD_OUT_MONTHS = 12;
    private static final int STORES = 40;

    @Test
    void suggestionsBeatSameAsLastMonthOnHeldOutMonths() {
        Random random = new Random(20261201L);
        double suggestionError = 0;
        double naiveError = 0;
        int cases = 0;
        for (int store = 0; store < STORES; store++) {
            Map<LocalDate, BigDecimal> history = history(random);
            for (int k = 0; k < HELD_OUT_MONTHS; k++) {
                Period month = Period.of(FIRST_HELD_OUT.plusMonths(k));
                BigDecimal actual = sum(history, month.start(), month.endExclusive());
                Period previous = Period.of(FIRST_HELD_OUT.plusMonths(k - 1));
                BigDecimal naive = sum(history, previous.start(), previous.endExclusive());
                Map<LocalDate, BigDecimal> known = new TreeMap<>(((TreeMap<LocalDate, BigDecimal>) history).headMap(month.start()));
                TargetSuggester.Suggestion suggestion = TargetSuggester.suggest(known, month, month.start(), BigDecimal.ZERO);
                assertEquals(TargetSuggester.Method.SEASONAL_TREND, suggestion.method());
                suggestionError += error(suggestion.amount(), actual);
                naiveError += error(naive, actual);
                cases++;
            }
        }
        double suggestionMape = 100 * suggestionError / cases;
        double naiveMape = 100 * naiveError / cases;
        System.out.printf("Backtest over %d store-months: suggestion MAPE %.1f %%, same-as-last-month MAPE %.1f %%%n", cases, suggestionMape,
                naiveMape);
        assertTrue(suggestionMape < naiveMape, "suggestion " + suggestionMape + " vs naive " + naiveMape);
        assertTrue(suggestionMape < 8, "suggestion MAPE " + suggestionMape);
    }

    @Test
    void aYoungStoreIsProjectedFromItsRunRateAndANewOneGetsTheFloor() {
        Map<LocalDate, BigDecimal> young = new TreeMap<>();
        LocalDate cutoff = LocalDate.of(2026, 12, 1);
        for (LocalDate day = cutoff.minusDays(42); day.isBefore(cutoff); day = day.plusDays(1)) {
            young.put(day, new BigDecimal(day.getDayOfWeek().getValue() >= 6 ? "2000.00" : "1000.00"));
        }
        Period december = Period.parse("2026-12").orElseThrow();
        TargetSuggester.Suggestion projected = TargetSuggester.suggest(young, december, cutoff, new BigDecimal("100.00"));
        assertEquals(TargetSuggester.Method.RUN_RATE, projected.method());
        // December 2026: 23 weekdays at 1000 and 8 weekend days at 2000.
        assertTrue(new BigDecimal("39000.00").subtract(projected.amount()).abs().compareTo(new BigDecimal("0.05")) <= 0, projected.explanation());
        TargetSuggester.Suggestion floored = TargetSuggester.suggest(young, december, cutoff, new BigDecimal("50000.00"));
        assertEquals(0, new BigDecimal("50000.00").compareTo(floored.amount()));
        TargetSuggester.Suggestion none = TargetSuggester.suggest(new TreeMap<>(), december, cutoff, new BigDecimal("12345.00"));
        assertEquals(TargetSuggester.Method.NEW_STORE_FLOOR, none.method());
        assertEquals(new BigDecimal("12345.00"), none.amount());
    }

    @Test
    void splitsAddUpToTheWholeToTheCent() {
        List<BigDecimal> parts = Split.money(new BigDecimal("100.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")), parts);
        assertEquals(List.of(new BigDecimal("25.00"), new BigDecimal("75.00")),
                Split.money(new BigDecimal("100.00"), List.of(new BigDecimal("1"), new BigDecimal("3"))));
        assertEquals(List.of(5L, 5L), Split.units(10, List.of(BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    private static Map<LocalDate, BigDecimal> history(Random random) {
        double level = 4000 + random.nextDouble() * 16000;
        double monthlyGrowth = -0.01 + random.nextDouble() * 0.04;
        Map<LocalDate, BigDecimal> days = new TreeMap<>();
        LocalDate end = FIRST_HELD_OUT.plusMonths(HELD_OUT_MONTHS).atDay(1);
        for (LocalDate day = FIRST_DAY; day.isBefore(end); day = day.plusDays(1)) {
            double months = java.time.temporal.ChronoUnit.DAYS.between(FIRST_DAY, day) / 30.44;
            double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.5
                    : day.getDayOfWeek() == DayOfWeek.FRIDAY ? 1.15 : 0.85;
            double noise = Math.exp(random.nextGaussian() * 0.15);
            double sales = level * Math.pow(1 + monthlyGrowth, months) * SEASON[day.getMonthValue() - 1] * weekday * noise;
            days.put(day, BigDecimal.valueOf(sales).setScale(2, RoundingMode.HALF_UP));
        }
        return days;
    }

    private static BigDecimal sum(Map<LocalDate, BigDecimal> history, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : history.entrySet()) {
            if (!day.getKey().isBefore(from) && day.getKey().isBefore(to)) {
                sum = sum.add(day.getValue());
            }
        }
        return sum;
    }

    private static double error(BigDecimal forecast, BigDecimal actual) {
        return forecast.subtract(actual).abs().doubleValue() / actual.doubleValue();
    }

}
