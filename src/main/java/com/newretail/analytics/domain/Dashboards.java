package com.newretail.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.analytics.domain.Reports.DayLine;
import com.newretail.analytics.domain.Reports.GoodsLine;
import com.newretail.analytics.domain.Reports.HourLine;
import com.newretail.analytics.domain.Reports.PeopleGroup;
import com.newretail.analytics.domain.Reports.PeopleLine;
import com.newretail.analytics.domain.Reports.StoreLine;
import com.newretail.analytics.persistence.DashboardReader;
import com.newretail.analytics.persistence.DashboardReader.GoodsRow;
import com.newretail.analytics.persistence.DashboardReader.SalesKey;
import com.newretail.analytics.persistence.DashboardReader.SalesRow;
import com.newretail.analytics.persistence.DashboardReader.StoreRow;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.performance.api.TargetFigures;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * People, goods and place for the stores under an org unit that the caller's scope sees. A unit
 * outside the scope answers null, like a missing one.
 */
@ApplicationScoped
public class Dashboards {

    private final DashboardReader reader;
    private final OrgUnitViews units;
    private final TargetFigures targets;
    private final String currency;
    private final ReportCache cache;

    public Dashboards(DashboardReader reader, OrgUnitViews units, TargetFigures targets, AnalyticsConfig config) {
        this.reader = reader;
        this.units = units;
        this.targets = targets;
        this.currency = config.currency();
        this.cache = new ReportCache(config.cacheTtl(), System::nanoTime);
    }

    /** What a report answers: the same question from the same scope gets the same report while it is fresh. */
    private record Question(String report, long unitId, DataScope scope, Period period, Object grouping, int first) {
    }

    /** Stores or staff ranked by net sales (best first, at most {@code first}); totals cover everyone, with the unit's own target. */
    public Uni<Reports.People> people(long unitId, DataScope scope, Period period, PeopleGroup group, int first) {
        return cache.get(new Question("people", unitId, scope, period, group, first), () -> visible(unitId, scope,
                () -> group == PeopleGroup.STORE ? peopleByStore(unitId, scope, period, first) : peopleByStaff(unitId, scope, period, first)));
    }

    private Uni<Reports.People> peopleByStore(long unitId, DataScope scope, Period period, int first) {
        return reader.stores(unitId, scope).chain(stores -> {
            List<Long> withUnit = new ArrayList<>(stores.stream().map(StoreRow::id).toList());
            withUnit.add(unitId);
            return Uni.combine().all().unis(reader.sales(SalesKey.STORE, unitId, scope, period.from(), period.to(), currency),
                    targets.ofUnits(withUnit, period.from(), period.to())).asTuple().map(t -> {
                        Map<Object, SalesRow> sales = byKey(t.getItem1());
                        Map<Long, BigDecimal> unitTargets = t.getItem2();
                        List<PeopleLine> lines = stores.stream().map(store -> new PeopleLine(0, store.id(), null, store.name(),
                                Figures.of(sales.getOrDefault(store.id(), SalesRow.empty(store.id())), unitTargets.get(store.id())))).toList();
                        return new Reports.People(period, currency, sum(t.getItem1()).withTarget(unitTargets.get(unitId)), ranked(lines, first), now());
                    });
        });
    }

    private Uni<Reports.People> peopleByStaff(long unitId, DataScope scope, Period period, int first) {
        return Uni.combine().all().unis(reader.sales(SalesKey.STAFF, unitId, scope, period.from(), period.to(), currency),
                        targets.ofUnits(List.of(unitId), period.from(), period.to()))
                .asTuple().chain(t -> {
                    List<SalesRow> people = t.getItem1().stream().filter(row -> (Long) row.key() != 0L).toList();
                    return targets.ofStaff(people.stream().map(row -> (Long) row.key()).toList(), period.from(), period.to()).map(staffTargets -> {
                        List<PeopleLine> lines = people.stream().map(row -> new PeopleLine(0, null, (Long) row.key(), null,
                                Figures.of(row, staffTargets.get((Long) row.key())))).toList();
                        return new Reports.People(period, currency, sum(t.getItem1()).withTarget(t.getItem2().get(unitId)), ranked(lines, first), now());
                    });
                });
    }

    private static List<PeopleLine> ranked(List<PeopleLine> lines, int first) {
        List<PeopleLine> sorted = lines.stream().sorted(Comparator.comparing((PeopleLine line) -> line.figures().netSales()).reversed()
                .thenComparing(line -> line.label() == null ? "" : line.label())
                .thenComparing(line -> line.storeId() != null ? line.storeId() : line.staffId())).limit(first).toList();
        List<PeopleLine> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            PeopleLine line = sorted.get(i);
            ranked.add(new PeopleLine(i + 1, line.storeId(), line.staffId(), line.label(), line.figures()));
        }
        return ranked;
    }

    /** Totals, best sellers (by SKU or category), slow movers and out-of-stocks, each list at most {@code first} long. */
    public Uni<Reports.Goods> goods(long unitId, DataScope scope, Period period, boolean byCategory, int first) {
        return cache.get(new Question("goods", unitId, scope, period, byCategory, first), () -> visible(unitId, scope,
                () -> reader.goods(unitId, scope, period.from(), period.to(), byCategory, first).map(rows -> {
            Map<String, List<GoodsLine>> lists = rows.stream().collect(Collectors.groupingBy(GoodsRow::list,
                    Collectors.mapping(row -> goodsLine(row, period.days()), Collectors.toList())));
            return new Reports.Goods(period, currency, lists.get("TOTAL").get(0), lists.getOrDefault("TOP", List.of()),
                    lists.getOrDefault("SLOW", List.of()), lists.getOrDefault("OUT", List.of()), now());
        })));
    }

    private static GoodsLine goodsLine(GoodsRow row, int days) {
        return new GoodsLine(row.storeId(), row.skuId(), row.categoryId(), row.label(), row.sold(), row.returned(), row.sales(), row.onHand(),
                row.available(), days);
    }

    /**
     * Sales by day (with the same day last year), by hour of day, and by store against the average of
     * its peers (the other stores of its parent, whether the caller sees them or not: only their
     * average is shown) and against last year; stores best first, at most {@code first}.
     */
    public Uni<Reports.Place> place(long unitId, DataScope scope, Period period, int first) {
        Period last = period.lastYear();
        return cache.get(new Question("place", unitId, scope, period, null, first), () -> visible(unitId, scope, () -> Uni.combine().all().unis(
                        reader.sales(SalesKey.DAY, unitId, scope, period.from(), period.to(), currency),
                        reader.sales(SalesKey.DAY, unitId, scope, last.from(), last.to(), currency),
                        reader.sales(SalesKey.HOUR, unitId, scope, period.from(), period.to(), currency),
                        reader.stores(unitId, scope),
                        reader.sales(SalesKey.STORE, unitId, scope, last.from(), last.to(), currency),
                        targets.ofUnits(List.of(unitId), period.from(), period.to()))
                .asTuple().chain(t -> {
                    List<StoreRow> stores = t.getItem4();
                    List<Long> parents = stores.stream().map(StoreRow::parentId).distinct().toList();
                    return reader.storesUnder(parents).chain(peers -> reader.salesOfStores(peers.stream().map(StoreRow::id).toList(),
                                    period.from(), period.to(), currency)
                            .map(peerSales -> {
                                Map<Object, SalesRow> days = byKey(t.getItem1());
                                Map<Object, SalesRow> lastDays = byKey(t.getItem2());
                                List<DayLine> dayLines = new ArrayList<>();
                                for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                                    dayLines.add(new DayLine(day, figures(days, day), figures(lastDays, day.minusYears(1))));
                                }
                                Map<Object, SalesRow> hours = byKey(t.getItem3());
                                List<HourLine> hourLines = new ArrayList<>();
                                for (int hour = 0; hour < 24; hour++) {
                                    hourLines.add(new HourLine(hour, figures(hours, hour)));
                                }
                                List<StoreLine> storeLines = storeLines(stores, peers, byKey(peerSales), byKey(t.getItem5()), first);
                                return new Reports.Place(period, currency, sum(t.getItem1()).withTarget(t.getItem6().get(unitId)), sum(t.getItem2()),
                                        dayLines, hourLines, storeLines, now());
                            }));
                })));
    }

    private static List<StoreLine> storeLines(List<StoreRow> stores, List<StoreRow> peers, Map<Object, SalesRow> sales,
            Map<Object, SalesRow> lastYear, int first) {
        Map<Long, List<StoreRow>> byParent = peers.stream().collect(Collectors.groupingBy(StoreRow::parentId));
        List<StoreLine> lines = new ArrayList<>();
        for (StoreRow store : stores) {
            Figures own = figures(sales, store.id());
            List<StoreRow> others = byParent.getOrDefault(store.parentId(), List.of()).stream().filter(peer -> peer.id() != store.id()).toList();
            BigDecimal peerAverage = others.isEmpty() ? null
                    : others.stream().map(peer -> figures(sales, peer.id()).netSales()).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(others.size()), 2, RoundingMode.HALF_UP);
            lines.add(new StoreLine(store.id(), store.name(), own, peerAverage, others.size(), figures(lastYear, store.id())));
        }
        return lines.stream().sorted(Comparator.comparing((StoreLine line) -> line.figures().netSales()).reversed()
                .thenComparing(StoreLine::label).thenComparing(StoreLine::storeId)).limit(first).toList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private <T> Uni<T> visible(long unitId, DataScope scope, java.util.function.Supplier<Uni<T>> report) {
        return units.visible(unitId, scope).chain(seen -> seen ? report.get() : Uni.createFrom().nullItem());
    }

    private static Map<Object, SalesRow> byKey(List<SalesRow> rows) {
        Map<Object, SalesRow> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        return byKey;
    }

    private static Figures figures(Map<Object, SalesRow> rows, Object key) {
        SalesRow row = rows.get(key);
        return row == null ? Figures.NONE : Figures.of(row, null);
    }

    private static Figures sum(List<SalesRow> rows) {
        return rows.stream().map(row -> Figures.of(row, null)).reduce(Figures.NONE, Figures::plus);
    }
}
