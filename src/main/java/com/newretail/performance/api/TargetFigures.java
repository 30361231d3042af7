package com.newretail.performance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.performance.persistence.PerformanceReader;

import io.smallrye.mutiny.Uni;

/**
 * Targets over any date range, for reports: a month's target counts in proportion to its days
 * inside the range (10 days of a 30-day month's 3,000.00 target: 1,000.00).
 */
@ApplicationScoped
public class TargetFigures {

    private final PerformanceReader reader;

    public TargetFigures(PerformanceReader reader) {
        this.reader = reader;
    }

    /** The org units' own targets over {@code [from, to]}, by unit id; units without one are absent. */
    public Uni<Map<Long, BigDecimal>> ofUnits(List<Long> unitIds, LocalDate from, LocalDate to) {
        return unitIds.isEmpty() ? Uni.createFrom().item(Map.of()) : reader.proratedTargets(unitIds, false, from, to);
    }

    /** The staff members' personal targets over {@code [from, to]}, by staff id; staff without one are absent. */
    public Uni<Map<Long, BigDecimal>> ofStaff(List<Long> staffIds, LocalDate from, LocalDate to) {
        return staffIds.isEmpty() ? Uni.createFrom().item(Map.of()) : reader.proratedTargets(staffIds, true, from, to);
    }
}
