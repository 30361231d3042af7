package com.newretail.analytics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The charts of the three dashboards, built once from their reports: the GraphQL API returns them
 * and the dashboard page draws them, so both always show the same series.
 */
public final class DashboardCharts {

    private DashboardCharts() {
    }

    /** How a series is drawn. */
    public enum Kind {
        BAR, LINE
    }

    /** A named series: a value per category, null where there is none. */
    public record Series(String name, Kind kind, List<BigDecimal> values) {
    }

    /** A chart: a stable key, a title, the x-axis labels and the series. */
    public record Chart(String key, String title, List<String> categories, List<Series> series) {
    }

    /** The people charts; {@code labels} name the report's lines in order (staff lines carry no name of their own). */
    public static List<Chart> people(Reports.People report, Reports.PeopleGroup group, List<String> labels) {
        List<Figures> figures = report.lines().stream().map(Reports.PeopleLine::figures).toList();
        return List.of(
                new Chart("netSalesByPerson", group == Reports.PeopleGroup.STORE ? "Net sales and target by store" : "Net sales and target by salesperson",
                        labels, List.of(series("Net sales", Kind.BAR, figures, Figures::netSales), series("Target", Kind.BAR, figures, Figures::target))),
                new Chart("attainmentByPerson", "Target attainment %", labels,
                        List.of(series("Attainment %", Kind.BAR, figures, Figures::attainmentPercent))),
                new Chart("ticketByPerson", "Average ticket and items per transaction", labels,
                        List.of(series("Average ticket", Kind.BAR, figures, Figures::averageTicket),
                                series("Items per transaction", Kind.LINE, figures, Figures::itemsPerTransaction))));
    }

    public static List<Chart> goods(Reports.Goods report, boolean byCategory) {
        List<Reports.GoodsLine> top = report.topSellers();
        return List.of(new Chart("topSellers", byCategory ? "Best-selling categories" : "Best-selling SKUs",
                top.stream().map(Reports.GoodsLine::label).toList(),
                List.of(new Series("Units sold", Kind.BAR, top.stream().map(line -> BigDecimal.valueOf(line.netSold())).toList()),
                        new Series("Sell-through %", Kind.LINE, top.stream().map(Reports.GoodsLine::sellThroughPercent).toList()))));
    }

    public static List<Chart> place(Reports.Place report) {
        List<Figures> days = report.days().stream().map(Reports.DayLine::figures).toList();
        List<Figures> lastYear = report.days().stream().map(Reports.DayLine::lastYear).toList();
        List<Figures> hours = report.hours().stream().map(Reports.HourLine::figures).toList();
        List<Figures> stores = report.stores().stream().map(Reports.StoreLine::figures).toList();
        List<BigDecimal> peerAverages = new ArrayList<>();
        report.stores().forEach(line -> peerAverages.add(line.peerAverage()));
        return List.of(
                new Chart("salesByDay", "Net sales by day against last year", report.days().stream().map(d -> d.day().toString()).toList(),
                        List.of(series("Net sales", Kind.LINE, days, Figures::netSales), series("Last year", Kind.LINE, lastYear, Figures::netSales))),
                new Chart("salesByHour", "Net sales and transactions by hour of day",
                        report.hours().stream().map(h -> String.format("%02d:00", h.hour())).toList(),
                        List.of(series("Net sales", Kind.BAR, hours, Figures::netSales),
                                series("Transactions", Kind.LINE, hours, f -> BigDecimal.valueOf(f.transactions())))),
                new Chart("storesAgainstPeers", "Net sales by store against the peer average",
                        report.stores().stream().map(Reports.StoreLine::label).toList(),
                        List.of(series("Net sales", Kind.BAR, stores, Figures::netSales), new Series("Peer average", Kind.BAR, peerAverages))));
    }

    private static Series series(String name, Kind kind, List<Figures> figures, Function<Figures, BigDecimal> value) {
        List<BigDecimal> values = new ArrayList<>(figures.size());
        figures.forEach(f -> values.add(value.apply(f)));
        return new Series(name, kind, values);
    }
}
