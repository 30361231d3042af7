package com.newretail.performance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target period as clients write it: a month {@code 2027-01}, a quarter {@code 2027-Q1} or a year
 * {@code 2027}. Targets are kept per month; quarters and years are the sums of their months.
 */
public record Period(String label, Kind kind, LocalDate start, LocalDate endExclusive) {

    public enum Kind {
        MONTH, QUARTER, YEAR
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The period a label names; empty when it is none of the three forms or outside 2000-2100. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String label = text.trim();
        Matcher month = MONTH.matcher(label);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            return m < 1 || m > 12 ? Optional.empty() : inRange(of(YearMonth.of(Integer.parseInt(month.group(1)), m)));
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
            return inRange(new Period(label, Kind.QUARTER, start, start.plusMonths(3)));
        }
        if (YEAR.matcher(label).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(label), 1, 1);
            return inRange(new Period(label, Kind.YEAR, start, start.plusYears(1)));
        }
        return Optional.empty();
    }

    /** The month as a period. */
    public static Period of(YearMonth month) {
        return new Period(month.toString(), Kind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    private static Optional<Period> inRange(Period period) {
        return period.start.getYear() < FIRST_YEAR || period.start.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(period);
    }

    /** The first day of each month of the period, in order. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate month = start; month.isBefore(endExclusive); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The last day of the period. */
    public LocalDate end() {
        return endExclusive.minusDays(1);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, endExclusive);
    }

    /** How many days of the period have begun by {@code today}: 0 before it starts, all of them after it ended. */
    public int daysElapsed(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        return today.isBefore(endExclusive) ? (int) ChronoUnit.DAYS.between(start, today) + 1 : days();
    }

    /** The same period a year earlier. */
    public Period yearEarlier() {
        return new Period(kind == Kind.MONTH ? YearMonth.from(start.minusYears(1)).toString()
                : kind == Kind.QUARTER ? start.getYear() - 1 + label.substring(4) : Integer.toString(start.getYear() - 1),
                kind, start.minusYears(1), endExclusive.minusYears(1));
    }
}
