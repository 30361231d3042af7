package com.newretail.analytics.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.analytics.domain.DashboardCharts;
import com.newretail.analytics.domain.Figures;
import com.newretail.analytics.domain.Reports;
import com.newretail.catalog.graphql.Category;
import com.newretail.catalog.graphql.Sku;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.Money;

/** The dashboards' GraphQL types: figures with their ratios, ranked rows, and series ready to chart. */
public final class DashboardViews {

    private DashboardViews() {
    }

    static DecimalValue decimal(BigDecimal value) {
        return value == null ? null : new DecimalValue(value);
    }

    @Type("SalesFigures")
    @Description("Sales of a store, a person, a day or an hour: paid orders counted when paid, refunds when refunded, in the reporting currency.")
    public record SalesFigures(
            @NonNull @Description("Paid orders (a paid order cancelled later is taken back on the day it is cancelled).") int transactions,
            @NonNull @Description("Units sold.") int items,
            @NonNull @Description("Paid order totals, after discounts and coupons.") Money sales,
            @NonNull @Description("Returns refunded.") int returns,
            @NonNull @Description("Units refunded.") int returnedItems,
            @NonNull @Description("Amounts refunded.") Money refunds,
            @NonNull @Description("Sales minus refunds.") Money netSales,
            @NonNull @Description("Sales per transaction.") Money averageTicket,
            @NonNull @Description("Units per transaction (the attachment rate), two decimals.") DecimalValue itemsPerTransaction,
            @Description("Units refunded per 100 units sold, one decimal; null when nothing was sold.") DecimalValue returnRatePercent,
            @Description("The target for the period: each month's target in proportion to its days in the period; null without one.") Money target,
            @Description("Net sales per 100 of target, one decimal; null without a positive target.") DecimalValue attainmentPercent) {

        static SalesFigures of(Figures f, String currency) {
            return new SalesFigures(f.transactions(), f.items(), new Money(f.sales(), currency), f.returns(), f.returnedItems(),
                    new Money(f.refunds(), currency), new Money(f.netSales(), currency), new Money(f.averageTicket(), currency),
                    decimal(f.itemsPerTransaction()), decimal(f.returnRatePercent()), f.target() == null ? null : new Money(f.target(), currency),
                    decimal(f.attainmentPercent()));
        }
    }

    @org.eclipse.microprofile.graphql.Enum("ChartKind")
    @Description("How a series is drawn.")
    public enum ChartKind {
        @Description("Bars, one per category.")
        BAR,
        @Description("A line through the categories.")
        LINE
    }

    @Type("ChartSeries")
    @Description("One named series of a chart: a value per category, in the chart's order.")
    public record ChartSeries(
            @NonNull @Description("The legend name.") String name,
            @NonNull @Description("Bars or a line.") ChartKind kind,
            @NonNull @Description("A value per category; null where there is none (e.g. no target).") List<DecimalValue> values) {

        static ChartSeries of(DashboardCharts.Series series) {
            List<DecimalValue> values = new ArrayList<>(series.values().size());
            series.values().forEach(value -> values.add(decimal(value)));
            return new ChartSeries(series.name(), ChartKind.valueOf(series.kind().name()), values);
        }
    }

    @Type("Chart")
    @Description("A chart ready to draw (e.g. with ECharts: categories on the x axis, each series as given).")
    public record Chart(
            @NonNull @Description("A stable key, e.g. \"salesByDay\".") String key,
            @NonNull @Description("A title for people.") String title,
            @NonNull @Description("The x-axis labels.") List<@NonNull String> categories,
            @NonNull @Description("The series.") List<@NonNull ChartSeries> series) {

        static List<Chart> all(List<DashboardCharts.Chart> charts) {
            return charts.stream().map(chart -> new Chart(chart.key(), chart.title(), chart.categories(),
                    chart.series().stream().map(ChartSeries::of).toList())).toList();
        }
    }

    @org.eclipse.microprofile.graphql.Enum("PeopleGrouping")
    @Description("Who the people dashboard ranks.")
    public enum PeopleGrouping {
        @Description("The stores under the org unit.")
        STORE,
        @Description("The salespeople credited with sales under the org unit.")
        STAFF
    }

    @Type("PeopleRow")
    @Description("A store or a salesperson, ranked by net sales.")
    public record PeopleRow(
            @NonNull @Description("1 for the best net sales.") int rank,
            @NonNull @Description("The store's or the person's name.") String label,
            @Description("The store (grouping STORE).") OrgUnit store,
            @Description("The salesperson (grouping STAFF).") Staff staff,
            @NonNull @Description("Their figures, with their own target.") SalesFigures figures) {
    }

    @Type("PeopleDashboard")
    @Description("People: sales, transactions, average ticket, attachment and return rates and target attainment per store or per salesperson.")
    public record PeopleDashboard(
            @NonNull @Description("First day.") LocalDate from,
            @NonNull @Description("Last day.") LocalDate to,
            @NonNull @Description("When the figures were read: a dashboard asked again is answered from them for up to "
                    + "newretail.analytics.cache-ttl (60 s).") OffsetDateTime asOf,
            @NonNull @Description("Ranked by.") PeopleGrouping groupBy,
            @NonNull @Description("Everyone under the org unit in your scope (sales without a salesperson included), with the unit's own target.")
            SalesFigures totals,
            @NonNull @Description("Best net sales first.") List<@NonNull PeopleRow> rows,
            @NonNull @Description("Net sales and target per row; attainment per row.") List<@NonNull Chart> charts) {
    }

    @org.eclipse.microprofile.graphql.Enum("GoodsGrouping")
    @Description("How the goods dashboard groups its best sellers.")
    public enum GoodsGrouping {
        @Description("By SKU.")
        SKU,
        @Description("By the product's category.")
        CATEGORY
    }

    @Type("GoodsFigures")
    @Description("Units sold and stock of a group of goods. Stock is today's; ratios over a past period use it as the closing stock.")
    public record GoodsFigures(
            @NonNull @Description("Units sold net of units returned.") long unitsSold,
            @NonNull @Description("Units returned.") long unitsReturned,
            @NonNull @Description("Sales net of refunds.") Money sales,
            @NonNull @Description("Units on hand in the stores' shop-floor warehouses now.") long onHand,
            @NonNull @Description("Units on hand and not reserved now.") long available,
            @Description("Units sold per 100 units there were to sell (sold + on hand), one decimal; null when neither.") DecimalValue sellThroughPercent,
            @Description("Units sold ÷ units on hand: how often the stock turned over in the period, two decimals; null without stock.") DecimalValue turnover,
            @Description("Days the stock on hand lasts at the period's daily net sales, one decimal; null when nothing sold.") DecimalValue daysOfCover) {

        static GoodsFigures of(Reports.GoodsLine line, String currency) {
            return new GoodsFigures(line.netSold(), line.returned(), new Money(line.sales(), currency), line.onHand(), line.available(),
                    decimal(line.sellThroughPercent()), decimal(line.turnover()), decimal(line.daysOfCover()));
        }
    }

    @Type("GoodsRow")
    @Description("A SKU, a category, or a SKU at one store.")
    public record GoodsRow(
            @NonNull @Description("SKU code and product name, or the category's name.") String label,
            @Description("The store, for rows about one store's SKU.") OrgUnit store,
            @Description("The SKU; null for a category row.") Sku sku,
            @Description("The product's category; null when it has none.") Category category,
            @NonNull @Description("Its figures.") GoodsFigures figures) {
    }

    @Type("GoodsDashboard")
    @Description("Goods: sell-through, turnover, days of cover, best sellers, slow movers and out-of-stocks of the stores under an org unit.")
    public record GoodsDashboard(
            @NonNull @Description("First day.") LocalDate from,
            @NonNull @Description("Last day.") LocalDate to,
            @NonNull @Description("When the figures were read: a dashboard asked again is answered from them for up to "
                    + "newretail.analytics.cache-ttl (60 s).") OffsetDateTime asOf,
            @NonNull @Description("Best sellers grouped by.") GoodsGrouping groupBy,
            @NonNull @Description("All goods of the stores.") GoodsFigures totals,
            @NonNull @Description("Most units sold first (net of returns); only groups that sold.") List<@NonNull GoodsRow> topSellers,
            @NonNull @Description("SKUs in stock at a store that sold least there, most stock first among equals.") List<@NonNull GoodsRow> slowMovers,
            @NonNull @Description("SKUs with nothing available at a store that it stocks or sold, most sold first.") List<@NonNull GoodsRow> outOfStocks,
            @NonNull @Description("Best sellers' units and sell-through.") List<@NonNull Chart> charts) {
    }

    @Type("DaySales")
    @Description("One day's sales and the same day a year earlier.")
    public record DaySales(
            @NonNull @Description("The business day.") LocalDate date,
            @NonNull @Description("Its figures.") SalesFigures figures,
            @NonNull @Description("The same day last year.") SalesFigures lastYear,
            @Description("Net sales growth over last year, percent, one decimal; null when last year had none.") DecimalValue growthPercent) {
    }

    @Type("HourSales")
    @Description("Sales in one hour of the day (store-local time) over the whole period.")
    public record HourSales(
            @NonNull @Description("0 to 23.") int hour,
            @NonNull @Description("Its figures.") SalesFigures figures) {
    }

    @Type("StoreComparison")
    @Description("A store against its peers (the other stores of its parent) and against last year.")
    public record StoreComparison(
            @NonNull @Description("The store's name.") String label,
            @Description("The store.") OrgUnit store,
            @NonNull @Description("Its figures.") SalesFigures figures,
            @Description("The average net sales of its peers, whether or not you see them; null without peers.") Money peerAverage,
            @NonNull @Description("How many peers it has.") int peers,
            @Description("Its net sales per 100 of the peer average (100: average), one decimal; null without a positive average.") DecimalValue peerIndex,
            @NonNull @Description("The same days last year.") SalesFigures lastYear,
            @Description("Net sales growth over last year, percent, one decimal; null when last year had none.") DecimalValue growthPercent) {
    }

    @Type("PlaceDashboard")
    @Description("Place: sales of the stores under an org unit by day (against last year), by hour of day, and per store against its peers.")
    public record PlaceDashboard(
            @NonNull @Description("First day.") LocalDate from,
            @NonNull @Description("Last day.") LocalDate to,
            @NonNull @Description("When the figures were read: a dashboard asked again is answered from them for up to "
                    + "newretail.analytics.cache-ttl (60 s).") OffsetDateTime asOf,
            @NonNull @Description("All the stores, with the unit's own target.") SalesFigures totals,
            @NonNull @Description("The same days last year.") SalesFigures lastYear,
            @Description("Net sales growth over last year, percent, one decimal; null when last year had none.") DecimalValue growthPercent,
            @NonNull @Description("Every day of the period, in order.") List<@NonNull DaySales> days,
            @NonNull @Description("Hours 0 to 23.") List<@NonNull HourSales> hours,
            @NonNull @Description("Stores, best net sales first.") List<@NonNull StoreComparison> stores,
            @NonNull @Description("Sales by day against last year, by hour, and stores against peers.") List<@NonNull Chart> charts) {
    }
}
