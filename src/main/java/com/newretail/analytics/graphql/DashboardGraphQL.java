package com.newretail.analytics.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.newretail.analytics.domain.DashboardCharts;
import com.newretail.analytics.domain.Dashboards;
import com.newretail.analytics.domain.Figures;
import com.newretail.analytics.domain.Period;
import com.newretail.analytics.domain.Reports;
import com.newretail.analytics.graphql.DashboardViews.Chart;
import com.newretail.analytics.graphql.DashboardViews.DaySales;
import com.newretail.analytics.graphql.DashboardViews.GoodsDashboard;
import com.newretail.analytics.graphql.DashboardViews.GoodsFigures;
import com.newretail.analytics.graphql.DashboardViews.GoodsGrouping;
import com.newretail.analytics.graphql.DashboardViews.GoodsRow;
import com.newretail.analytics.graphql.DashboardViews.HourSales;
import com.newretail.analytics.graphql.DashboardViews.PeopleDashboard;
import com.newretail.analytics.graphql.DashboardViews.PeopleGrouping;
import com.newretail.analytics.graphql.DashboardViews.PeopleRow;
import com.newretail.analytics.graphql.DashboardViews.PlaceDashboard;
import com.newretail.analytics.graphql.DashboardViews.SalesFigures;
import com.newretail.analytics.graphql.DashboardViews.StoreComparison;
import com.newretail.catalog.api.SkuCatalog;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * The channel operations center: people, goods and place for the stores under an org unit, within
 * the caller's data scope (a dealer's manager sees the dealer's stores only), with series ready to chart.
 */
@GraphQLApi
public class DashboardGraphQL {

    private static final int MAX_ROWS = 100;

    private final Dashboards dashboards;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final StaffDirectory staff;
    private final SkuCatalog skus;

    public DashboardGraphQL(Dashboards dashboards, CallerScope callerScope, OrgUnitViews orgUnits, StaffDirectory staff, SkuCatalog skus) {
        this.dashboards = dashboards;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.skus = skus;
    }

    @Query("peopleDashboard")
    @RolesAllowed("${newretail.rules.peopleDashboard}")
    @Description("People: per store or per salesperson under an org unit, sales, transactions, average ticket, items per transaction, "
            + "return rate and target attainment, ranked by net sales. Null when the unit is outside your data scope.")
    public Uni<PeopleDashboard> peopleDashboard(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit: a store, a dealer, a sales company or headquarters.") String orgUnitId,
            @Name("from") @NonNull @Description("First business day.") LocalDate from,
            @Name("to") @NonNull @Description("Last business day (at most 366 days after from).") LocalDate to,
            @Name("groupBy") @Description("Stores or salespeople.") @DefaultValue("STORE") PeopleGrouping groupBy,
            @Name("first") @Description("Rows, at most 100.") @DefaultValue("20") Integer first) {
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Period period = period(from, to);
        int rows = rows(first);
        PeopleGrouping grouping = groupBy == null ? PeopleGrouping.STORE : groupBy;
        return callerScope.current().chain(scope -> dashboards.people(unit, scope, period, Reports.PeopleGroup.valueOf(grouping.name()), rows)
                .chain(report -> report == null ? Uni.createFrom().nullItem() : people(report, grouping, scope)));
    }

    private Uni<PeopleDashboard> people(Reports.People report, PeopleGrouping grouping, DataScope scope) {
        List<Long> storeIds = report.lines().stream().map(Reports.PeopleLine::storeId).filter(Objects::nonNull).toList();
        List<Long> staffIds = report.lines().stream().map(Reports.PeopleLine::staffId).filter(Objects::nonNull).toList();
        return Uni.combine().all().unis(views(storeIds, ids -> orgUnits.views(ids, scope)), views(staffIds, staff::views)).asTuple().map(t -> {
            Map<Long, OrgUnit> stores = t.getItem1();
            Map<Long, Staff> people = t.getItem2();
            String currency = report.currency();
            List<PeopleRow> rows = report.lines().stream().map(line -> {
                Staff person = line.staffId() == null ? null : people.get(line.staffId());
                String label = line.label() != null ? line.label() : person != null ? person.getName() : "Staff " + line.staffId();
                return new PeopleRow(line.rank(), label, line.storeId() == null ? null : stores.get(line.storeId()), person,
                        SalesFigures.of(line.figures(), currency));
            }).toList();
            List<Chart> charts = Chart.all(DashboardCharts.people(report, Reports.PeopleGroup.valueOf(grouping.name()),
                    rows.stream().map(PeopleRow::label).toList()));
            return new PeopleDashboard(report.period().from(), report.period().to(), report.asOf(), grouping, SalesFigures.of(report.totals(), currency), rows, charts);
        });
    }

    @Query("goodsDashboard")
    @RolesAllowed("${newretail.rules.goodsDashboard}")
    @Description("Goods: units sold, sell-through, turnover and days of cover of the stores under an org unit, with best sellers (by SKU or "
            + "category), slow movers and out-of-stocks per store and SKU. Null when the unit is outside your data scope.")
    public Uni<GoodsDashboard> goodsDashboard(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit: a store, a dealer, a sales company or headquarters.") String orgUnitId,
            @Name("from") @NonNull @Description("First business day.") LocalDate from,
            @Name("to") @NonNull @Description("Last business day (at most 366 days after from).") LocalDate to,
            @Name("groupBy") @Description("Best sellers by SKU or by category.") @DefaultValue("SKU") GoodsGrouping groupBy,
            @Name("first") @Description("Rows per list, at most 100.") @DefaultValue("10") Integer first) {
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Period period = period(from, to);
        int rows = rows(first);
        GoodsGrouping grouping = groupBy == null ? GoodsGrouping.SKU : groupBy;
        return callerScope.current().chain(scope -> dashboards.goods(unit, scope, period, grouping == GoodsGrouping.CATEGORY, rows)
                .chain(report -> report == null ? Uni.createFrom().nullItem() : goods(report, grouping, scope)));
    }

    private Uni<GoodsDashboard> goods(Reports.Goods report, GoodsGrouping grouping, DataScope scope) {
        List<Reports.GoodsLine> all = Stream.of(report.topSellers(), report.slowMovers(), report.outOfStocks()).flatMap(List::stream).toList();
        List<Long> storeIds = all.stream().map(Reports.GoodsLine::storeId).filter(Objects::nonNull).distinct().toList();
        List<Long> skuIds = all.stream().map(Reports.GoodsLine::skuId).filter(Objects::nonNull).distinct().toList();
        List<Long> categoryIds = all.stream().map(Reports.GoodsLine::categoryId).filter(Objects::nonNull).distinct().toList();
        return Uni.combine().all().unis(views(storeIds, ids -> orgUnits.views(ids, scope)), views(skuIds, skus::views),
                views(categoryIds, skus::categories)).asTuple().map(t -> {
                    String currency = report.currency();
                    Function<Reports.GoodsLine, GoodsRow> row = line -> new GoodsRow(line.label(),
                            line.storeId() == null ? null : t.getItem1().get(line.storeId()), line.skuId() == null ? null : t.getItem2().get(line.skuId()),
                            line.categoryId() == null ? null : t.getItem3().get(line.categoryId()), GoodsFigures.of(line, currency));
                    List<Reports.GoodsLine> top = report.topSellers();
                    return new GoodsDashboard(report.period().from(), report.period().to(), report.asOf(), grouping, GoodsFigures.of(report.totals(), currency),
                            top.stream().map(row).toList(), report.slowMovers().stream().map(row).toList(), report.outOfStocks().stream().map(row).toList(),
                            Chart.all(DashboardCharts.goods(report, grouping == GoodsGrouping.CATEGORY)));
                });
    }

    @Query("placeDashboard")
    @RolesAllowed("${newretail.rules.placeDashboard}")
    @Description("Place: sales of the stores under an org unit by day against the same day last year, by hour of day, and per store "
            + "against its peers (the other stores of its parent) and last year. Null when the unit is outside your data scope.")
    public Uni<PlaceDashboard> placeDashboard(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit: a store, a dealer, a sales company or headquarters.") String orgUnitId,
            @Name("from") @NonNull @Description("First business day.") LocalDate from,
            @Name("to") @NonNull @Description("Last business day (at most 366 days after from).") LocalDate to,
            @Name("first") @Description("Stores, at most 100.") @DefaultValue("20") Integer first) {
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Period period = period(from, to);
        int rows = rows(first);
        return callerScope.current().chain(scope -> dashboards.place(unit, scope, period, rows)
                .chain(report -> report == null ? Uni.createFrom().nullItem() : place(report, scope)));
    }

    private Uni<PlaceDashboard> place(Reports.Place report, DataScope scope) {
        List<Long> storeIds = report.stores().stream().map(Reports.StoreLine::storeId).toList();
        return views(storeIds, ids -> orgUnits.views(ids, scope)).map(stores -> {
            String currency = report.currency();
            List<DaySales> days = report.days().stream().map(day -> new DaySales(day.day(), SalesFigures.of(day.figures(), currency),
                    SalesFigures.of(day.lastYear(), currency), growth(day.figures(), day.lastYear()))).toList();
            List<HourSales> hours = report.hours().stream().map(hour -> new HourSales(hour.hour(), SalesFigures.of(hour.figures(), currency))).toList();
            List<StoreComparison> comparisons = report.stores().stream().map(line -> new StoreComparison(line.label(), stores.get(line.storeId()),
                    SalesFigures.of(line.figures(), currency), line.peerAverage() == null ? null : new Money(line.peerAverage(), currency), line.peers(),
                    line.peerAverage() == null ? null : DashboardViews.decimal(Figures.percent(line.figures().netSales(), line.peerAverage())),
                    SalesFigures.of(line.lastYear(), currency), growth(line.figures(), line.lastYear()))).toList();
            List<Chart> charts = Chart.all(DashboardCharts.place(report));
            return new PlaceDashboard(report.period().from(), report.period().to(), report.asOf(), SalesFigures.of(report.totals(), currency),
                    SalesFigures.of(report.lastYearTotals(), currency), growth(report.totals(), report.lastYearTotals()), days, hours, comparisons, charts);
        });
    }

    private static DecimalValue growth(Figures now, Figures before) {
        BigDecimal base = before.netSales();
        return base.signum() <= 0 ? null : DashboardViews.decimal(Figures.percent(now.netSales().subtract(base), base));
    }

    private static <V> Uni<Map<Long, V>> views(List<Long> ids, Function<List<Long>, Uni<Map<Long, V>>> load) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : load.apply(ids);
    }

    private static Period period(LocalDate from, LocalDate to) {
        String problem = Period.problem(from, to);
        if (problem != null) {
            throw new InvalidArgumentException(problem);
        }
        return new Period(from, to);
    }

    private static int rows(Integer first) {
        int rows = first == null ? 20 : first;
        if (rows < 1 || rows > MAX_ROWS) {
            throw new InvalidArgumentException("'first' must be between 1 and " + MAX_ROWS);
        }
        return rows;
    }
}
