package com.newretail.performance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.api.StaffDirectory;
import com.newretail.performance.persistence.PerformanceReader;

import io.smallrye.mutiny.Uni;

/**
 * Suggested targets for the children of an org unit (for a store: its active staff) in a month, from
 * each child's own sales history (see {@link TargetSuggester}). Children too young for a
 * seasonal suggestion get at least half the median of their peers' seasonal suggestions.
 */
@ApplicationScoped
public class TargetSuggestions {

    /** Who a suggestion is for: a child unit, or a staff member at the store. */
    public record Subject(long orgUnitId, Long staffId) {
    }

    public record Suggested(Subject subject, TargetSuggester.Suggestion suggestion) {
    }

    /** The most staff of one store suggested or split to. */
    public static final int MAX_STAFF = 200;
    private static final BigDecimal FLOOR_SHARE = new BigDecimal("0.5");
    private static final int HISTORY_DAYS = 366 + 84 + 364;

    private final PerformanceReader reader;
    private final StaffDirectory staff;
    private final BusinessDay businessDay;

    public TargetSuggestions(PerformanceReader reader, StaffDirectory staff, BusinessDay businessDay) {
        this.reader = reader;
        this.staff = staff;
        this.businessDay = businessDay;
    }

    /** The children a unit's target splits to: its child units, or a store's active staff. */
    public Uni<List<Subject>> children(PerformanceReader.Unit unit) {
        return "STORE".equals(unit.type())
                ? staff.activeAt(unit.id(), MAX_STAFF).map(ids -> ids.stream().map(id -> new Subject(unit.id(), id)).toList())
                : reader.children(unit.id()).map(units -> units.stream().map(child -> new Subject(child.id(), null)).toList());
    }

    /** A suggestion per child, in the children's order; history is what was sold before the month (and before today). */
    public Uni<List<Suggested>> suggest(PerformanceReader.Unit unit, Period month) {
        LocalDate today = businessDay.today();
        LocalDate cutoff = today.isBefore(month.start()) ? today : month.start();
        LocalDate from = cutoff.minusDays(HISTORY_DAYS);
        return children(unit).chain(subjects -> {
            if (subjects.isEmpty()) {
                return Uni.createFrom().item(List.<Suggested>of());
            }
            boolean staffLevel = subjects.get(0).staffId() != null;
            List<Long> keys = subjects.stream().map(s -> staffLevel ? s.staffId() : s.orgUnitId()).toList();
            return reader.dailySales(keys, staffLevel ? unit.id() : null, from, cutoff).map(byKey -> withFloors(subjects.stream()
                    .map(s -> Map.entry(s, byKey.get(staffLevel ? s.staffId() : s.orgUnitId()))).toList(), month, cutoff));
        });
    }

    private static List<Suggested> withFloors(List<Map.Entry<Subject, Map<LocalDate, BigDecimal>>> histories, Period month, LocalDate cutoff) {
        List<TargetSuggester.Suggestion> first = histories.stream()
                .map(entry -> TargetSuggester.suggest(entry.getValue(), month, cutoff, BigDecimal.ZERO)).toList();
        BigDecimal floor = TargetSuggester.median(first.stream().filter(s -> s.method() == TargetSuggester.Method.SEASONAL_TREND)
                .map(TargetSuggester.Suggestion::amount).toList()).multiply(FLOOR_SHARE).setScale(2, RoundingMode.HALF_UP);
        List<Suggested> suggested = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            TargetSuggester.Suggestion suggestion = first.get(i).method() == TargetSuggester.Method.SEASONAL_TREND ? first.get(i)
                    : TargetSuggester.suggest(histories.get(i).getValue(), month, cutoff, floor);
            suggested.add(new Suggested(histories.get(i).getKey(), suggestion));
        }
        return suggested;
    }
}
