package com.newretail.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.newretail.analytics.persistence.DashboardReader.SalesRow;

/**
 * Sales figures of a store, a person, a day or an hour, and the ratios the back office reads:
 * average ticket (sales per transaction), items per transaction (the attachment rate), return rate
 * (returned items per item sold) and attainment (net sales against the target).
 */
public record Figures(int transactions, int items, BigDecimal sales, int returns, int returnedItems, BigDecimal refunds, BigDecimal target) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, null);

    public static Figures of(SalesRow row, BigDecimal target) {
        return new Figures(row.orders(), row.items(), row.sales(), row.returns(), row.returnedItems(), row.refunds(), target);
    }

    public Figures plus(Figures other) {
        return new Figures(transactions + other.transactions, items + other.items, sales.add(other.sales), returns + other.returns,
                returnedItems + other.returnedItems, refunds.add(other.refunds), target);
    }

    public Figures withTarget(BigDecimal newTarget) {
        return new Figures(transactions, items, sales, returns, returnedItems, refunds, newTarget);
    }

    /** Sales minus refunds. */
    public BigDecimal netSales() {
        return sales.subtract(refunds);
    }

    /** Sales per transaction, two decimals; zero without transactions. */
    public BigDecimal averageTicket() {
        return transactions <= 0 ? BigDecimal.ZERO.setScale(2) : sales.divide(BigDecimal.valueOf(transactions), 2, RoundingMode.HALF_UP);
    }

    /** Items per transaction, two decimals; zero without transactions. */
    public BigDecimal itemsPerTransaction() {
        return transactions <= 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(items).divide(BigDecimal.valueOf(transactions), 2, RoundingMode.HALF_UP);
    }

    /** Returned items per 100 items sold, one decimal; null when nothing was sold. */
    public BigDecimal returnRatePercent() {
        return percent(BigDecimal.valueOf(returnedItems), BigDecimal.valueOf(items));
    }

    /** Net sales per 100 of target, one decimal; null without a positive target. */
    public BigDecimal attainmentPercent() {
        return target == null ? null : percent(netSales(), target);
    }

    /** {@code part} per 100 of {@code whole}, one decimal; null when the whole is not positive. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() <= 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
