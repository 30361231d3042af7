package com.newretail.analytics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A dashboard's date range, both days included: at most 366 days, so a year compares with the last. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** Null when the range is valid, else why not. */
    public static String problem(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return "'to' must not be before 'from'";
        }
        return ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS ? "A dashboard covers at most " + MAX_DAYS + " days" : null;
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same days a year earlier (29 February falls back to the 28th). */
    public Period lastYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }
}
