package com.newretail.performance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Suggests a month's sales target from daily sales history (prediction guidance):
 * <ul>
 * <li><b>SEASONAL_TREND</b> when the subject sold in the same month a year earlier: that month's sales
 * × the recent trend (the last 84 days against the same 84 weekdays a year before, kept within
 * 0.5-2) × the weekday mix (the target month's days weighted by how each weekday sold over the last
 * 8 weeks, against the same weights over last year's month).</li>
 * <li><b>RUN_RATE</b> for a young subject with at least 28 days of history: the weekday-adjusted daily
 * level of the last 28 days over the target month's days; never below the floor.</li>
 * <li><b>NEW_STORE_FLOOR</b> otherwise: the floor the caller gives (for stores: half the median of
 * the peers' suggestions).</li>
 * </ul>
 * Each suggestion carries its inputs and formula, so a manager sees why.
 */
public final class TargetSuggester {

    public enum Method {
        SEASONAL_TREND, RUN_RATE, NEW_STORE_FLOOR
    }

    /** One number the suggestion was computed from. */
    public record Input(String name, BigDecimal value) {
    }

    public record Suggestion(BigDecimal amount, Method method, String explanation, List<Input> inputs) {
    }

    static final int TREND_DAYS = 84;
    static final int WEEKDAY_DAYS = 56;
    static final int RUN_RATE_DAYS = 28;
    private static final int WEEK_ALIGNED_YEAR = 364;
    private static final BigDecimal MIN_TREND = new BigDecimal("0.5");
    private static final BigDecimal MAX_TREND = new BigDecimal("2.0");
    private static final MathContext MATH = MathContext.DECIMAL64;

    private TargetSuggester() {
    }

    /**
     * @param history daily net sales before {@code cutoff} (days without sales may be absent)
     * @param month   the month to suggest for
     * @param cutoff  the first day not in the history (the history is complete before it)
     * @param floor   the least a young subject is suggested; zero for none
     */
    public static Suggestion suggest(Map<LocalDate, BigDecimal> history, Period month, LocalDate cutoff, BigDecimal floor) {
        LocalDate first = history.keySet().stream().filter(day -> day.isBefore(cutoff)).min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return floor(floor, "no sales history");
        }
        BigDecimal[] weights = weekdayWeights(history, cutoff, first);
        Period lastYear = month.yearEarlier();
        BigDecimal lastYearSales = sum(history, lastYear.start(), lastYear.endExclusive());
        if (!first.isAfter(lastYear.start()) && lastYearSales.signum() > 0) {
            // Only days with history a year before count, so a subject with 13 months of history is not compared with empty weeks.
            LocalDate trendFrom = latest(cutoff.minusDays(TREND_DAYS), first.plusDays(WEEK_ALIGNED_YEAR));
            int trendDays = (int) java.time.temporal.ChronoUnit.DAYS.between(trendFrom, cutoff);
            BigDecimal recent = sum(history, trendFrom, cutoff);
            BigDecimal recentBefore = sum(history, trendFrom.minusDays(WEEK_ALIGNED_YEAR), cutoff.minusDays(WEEK_ALIGNED_YEAR));
            BigDecimal trend = trendDays >= RUN_RATE_DAYS && recentBefore.signum() > 0
                    ? recent.divide(recentBefore, MATH).max(MIN_TREND).min(MAX_TREND) : BigDecimal.ONE;
            BigDecimal weekdayMix = weightOf(month, weights).divide(weightOf(lastYear, weights), MATH);
            BigDecimal amount = money(lastYearSales.multiply(trend, MATH).multiply(weekdayMix, MATH));
            return new Suggestion(amount, Method.SEASONAL_TREND, "same period last year (" + lastYear.label() + ") " + plain(lastYearSales)
                    + " x trend " + factor(trend) + " (last " + trendDays + " days " + plain(recent) + " / the same weeks a year before "
                    + plain(recentBefore) + ", kept within 0.5-2) x weekday mix " + factor(weekdayMix) + " (" + month.label()
                    + "'s days weighted by the last " + WEEKDAY_DAYS / 7 + " weeks' sales per weekday, against " + lastYear.label() + "'s) = "
                    + plain(amount), List.of(new Input("lastYearSales", lastYearSales), new Input("recentSales", recent),
                            new Input("recentSalesYearBefore", recentBefore), new Input("trend", factor(trend)),
                            new Input("weekdayMix", factor(weekdayMix))));
        }
        if (!first.isAfter(cutoff.minusDays(RUN_RATE_DAYS))) {
            LocalDate from = cutoff.minusDays(RUN_RATE_DAYS);
            BigDecimal recent = sum(history, from, cutoff);
            BigDecimal recentWeight = BigDecimal.ZERO;
            for (LocalDate day = from; day.isBefore(cutoff); day = day.plusDays(1)) {
                recentWeight = recentWeight.add(weights[day.getDayOfWeek().getValue() - 1]);
            }
            BigDecimal level = recent.divide(recentWeight, MATH);
            BigDecimal projected = money(level.multiply(weightOf(month, weights), MATH));
            BigDecimal amount = projected.max(floor);
            return new Suggestion(amount, Method.RUN_RATE, "no sales in " + lastYear.label() + ": the last " + RUN_RATE_DAYS + " days' "
                    + plain(recent) + " as a weekday-adjusted daily level " + plain(money(level)) + " over " + month.label() + "'s days = "
                    + plain(projected) + (amount.compareTo(projected) > 0 ? ", raised to the floor " + plain(floor) : ""),
                    List.of(new Input("recentSales", recent), new Input("dailyLevel", money(level)), new Input("projected", projected),
                            new Input("floor", floor)));
        }
        return floor(floor, "less than " + RUN_RATE_DAYS + " days of sales history");
    }

    private static Suggestion floor(BigDecimal floor, String why) {
        return new Suggestion(floor, Method.NEW_STORE_FLOOR, why + ": the floor for new subjects (half the median of the peers' suggestions) "
                + plain(floor), List.of(new Input("floor", floor)));
    }

    /**
     * How each weekday sold over the last 8 weeks relative to the average day (index 0 = Monday); all 1
     * with fewer than two weeks of history or no sales.
     */
    static BigDecimal[] weekdayWeights(Map<LocalDate, BigDecimal> history, LocalDate cutoff, LocalDate first) {
        BigDecimal[] weights = new BigDecimal[7];
        java.util.Arrays.fill(weights, BigDecimal.ONE);
        LocalDate from = cutoff.minusDays(WEEKDAY_DAYS).isBefore(first) ? first : cutoff.minusDays(WEEKDAY_DAYS);
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, cutoff);
        if (days < 14) {
            return weights;
        }
        BigDecimal[] sums = new BigDecimal[7];
        int[] counts = new int[7];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        for (LocalDate day = from; day.isBefore(cutoff); day = day.plusDays(1)) {
            BigDecimal sales = history.getOrDefault(day, BigDecimal.ZERO);
            int weekday = day.getDayOfWeek().getValue() - 1;
            sums[weekday] = sums[weekday].add(sales);
            counts[weekday]++;
            total = total.add(sales);
        }
        if (total.signum() <= 0) {
            return weights;
        }
        BigDecimal average = total.divide(BigDecimal.valueOf(days), MATH);
        for (int i = 0; i < 7; i++) {
            if (counts[i] > 0 && sums[i].signum() > 0) {
                weights[i] = sums[i].divide(BigDecimal.valueOf(counts[i]), MATH).divide(average, MATH);
            }
        }
        return weights;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static BigDecimal weightOf(Period period, BigDecimal[] weights) {
        BigDecimal weight = BigDecimal.ZERO;
        for (LocalDate day = period.start(); day.isBefore(period.endExclusive()); day = day.plusDays(1)) {
            weight = weight.add(weights[day.getDayOfWeek().getValue() - 1]);
        }
        return weight;
    }

    static BigDecimal sum(Map<LocalDate, BigDecimal> history, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : history.entrySet()) {
            if (!day.getKey().isBefore(from) && day.getKey().isBefore(to)) {
                sum = sum.add(day.getValue());
            }
        }
        return sum;
    }

    /** The median of the amounts (zero for none). */
    public static BigDecimal median(List<BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> sorted = new ArrayList<>(amounts);
        sorted.sort(BigDecimal::compareTo);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : money(sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), MATH));
    }

    private static BigDecimal money(BigDecimal value) {
        return value.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal factor(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
