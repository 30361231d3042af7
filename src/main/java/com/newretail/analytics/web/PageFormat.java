package com.newretail.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.newretail.analytics.domain.Figures;
import com.newretail.analytics.domain.Reports;

/** How the dashboard page writes figures: money with its currency, percentages with one decimal, a dash for none. */
final class PageFormat {

    static final String NONE = "–";

    private PageFormat() {
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? NONE : String.format("%,.2f %s", amount.setScale(2, RoundingMode.HALF_UP), currency);
    }

    static String percent(BigDecimal value) {
        return value == null ? NONE : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    static String decimal(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    /** The headline tiles: the unit's totals for the period, and growth against the same days last year. */
    static List<Map<String, Object>> kpis(Figures totals, Reports.Place place, String currency) {
        BigDecimal lastYear = place.lastYearTotals().netSales();
        BigDecimal growth = lastYear.signum() <= 0 ? null : Figures.percent(totals.netSales().subtract(lastYear), lastYear);
        return List.of(
                DashboardPage.view("label", "Net sales", "value", money(totals.netSales(), currency)),
                DashboardPage.view("label", "Transactions", "value", String.valueOf(totals.transactions())),
                DashboardPage.view("label", "Average ticket", "value", money(totals.averageTicket(), currency)),
                DashboardPage.view("label", "Items per transaction", "value", decimal(totals.itemsPerTransaction())),
                DashboardPage.view("label", "Return rate", "value", percent(totals.returnRatePercent())),
                DashboardPage.view("label", "Target attainment", "value", percent(totals.attainmentPercent())),
                DashboardPage.view("label", "Against last year", "value", growth == null ? NONE : (growth.signum() > 0 ? "+" : "") + percent(growth)));
    }
}
