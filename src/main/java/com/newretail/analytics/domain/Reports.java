package com.newretail.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the three dashboards compute, before the GraphQL layer names and charts it. */
public final class Reports {

    private Reports() {
    }

    /** How people are ranked: stores or staff members. */
    public enum PeopleGroup {
        STORE, STAFF
    }

    /** One ranked line: a store (storeId) or a staff member (staffId), with its label when the data has one. */
    public record PeopleLine(int rank, Long storeId, Long staffId, String label, Figures figures) {
    }

    /** {@code asOf}: when the figures were read (a report may be answered again for a short while, see {@link ReportCache}). */
    public record People(Period period, String currency, Figures totals, List<PeopleLine> lines, OffsetDateTime asOf) {
    }

    /** Goods figures of a group (all goods, a SKU, a category, or a SKU at a store). */
    public record GoodsLine(Long storeId, Long skuId, Long categoryId, String label, long sold, long returned, BigDecimal sales, long onHand,
            long available, int days) {

        /** Units sold net of returns. */
        public long netSold() {
            return sold - returned;
        }

        /** Net units sold per 100 units that were available to sell (sold + on hand now), one decimal. */
        public BigDecimal sellThroughPercent() {
            return Figures.percent(BigDecimal.valueOf(Math.max(netSold(), 0)), BigDecimal.valueOf(Math.max(netSold(), 0) + onHand));
        }

        /** How many times today's stock sold in the period (net units / on hand), two decimals; null without stock. */
        public BigDecimal turnover() {
            return onHand <= 0 ? null : BigDecimal.valueOf(netSold()).divide(BigDecimal.valueOf(onHand), 2, RoundingMode.HALF_UP);
        }

        /** Days today's stock lasts at the period's daily rate of net sales, one decimal; null when nothing sold. */
        public BigDecimal daysOfCover() {
            return netSold() <= 0 ? null
                    : BigDecimal.valueOf(onHand).multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(netSold()), 1, RoundingMode.HALF_UP);
        }
    }

    public record Goods(Period period, String currency, GoodsLine totals, List<GoodsLine> topSellers, List<GoodsLine> slowMovers,
            List<GoodsLine> outOfStocks, OffsetDateTime asOf) {
    }

    public record DayLine(LocalDate day, Figures figures, Figures lastYear) {
    }

    public record HourLine(int hour, Figures figures) {
    }

    /** A store against the average of the other stores with the same parent, and against last year. */
    public record StoreLine(long storeId, String label, Figures figures, BigDecimal peerAverage, int peers, Figures lastYear) {
    }

    public record Place(Period period, String currency, Figures totals, Figures lastYearTotals, List<DayLine> days, List<HourLine> hours,
            List<StoreLine> stores, OffsetDateTime asOf) {
    }
}
