package com.newretail.retail.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.analytics.api.SalesFacts;
import com.newretail.customer.api.CustomerPurchases.PurchasedLine;
import com.newretail.performance.api.SalesCredits;
import com.newretail.retail.persistence.OrderStore;
import com.newretail.retail.persistence.ReturnStore;

import io.smallrye.mutiny.Uni;

/**
 * Where a sale counts besides the order itself, in the sale's own transaction: the store's and the
 * salesperson's attainment (performance) and the channel operations center's roll-ups (analytics).
 * A sale counts when paid, a refund or a paid order's cancellation on the business day it happens.
 */
@ApplicationScoped
public class SaleCredits {

    private final OrderStore orders;
    private final ReturnStore returns;
    private final SalesCredits credits;
    private final SalesFacts facts;
    private final ZoneId zone;

    public SaleCredits(OrderStore orders, ReturnStore returns, SalesCredits credits, SalesFacts facts, RetailConfig config) {
        this.orders = orders;
        this.returns = returns;
        this.credits = credits;
        this.facts = facts;
        this.zone = config.timeZone();
    }

    /** An order paid at checkout (store-local time {@code now}), credited from what the checkout already holds. */
    public Uni<Void> paidAtCheckout(LocalDateTime now, long storeId, Long salespersonId, String currency, BigDecimal total, List<PurchasedLine> lines) {
        int units = lines.stream().mapToInt(PurchasedLine::units).sum();
        return credits.sold(now.toLocalDate(), storeId, salespersonId, currency, total, units)
                .chain(() -> facts.sold(fact(storeId, salespersonId, currency, now, total, lines)));
    }

    /** A pickup order paid after it was placed. */
    public Uni<Void> paid(long orderId) {
        LocalDateTime now = now();
        return orders.creditFacts(orderId).chain(f -> credits.sold(now.toLocalDate(), f.storeId(), f.salespersonId(), f.currency(), f.amount(), f.units())
                .chain(() -> orders.purchasedLines(orderId))
                .chain(lines -> facts.sold(fact(f.storeId(), f.salespersonId(), f.currency(), now, f.amount(), lines))));
    }

    public Uni<Void> cancelled(long orderId) {
        LocalDateTime now = now();
        return orders.creditFacts(orderId).chain(f -> credits.cancelled(now.toLocalDate(), f.storeId(), f.salespersonId(), f.currency(), f.amount(),
                        f.units())
                .chain(() -> orders.purchasedLines(orderId))
                .chain(lines -> facts.cancelled(fact(f.storeId(), f.salespersonId(), f.currency(), now, f.amount(), lines))));
    }

    public Uni<Void> refunded(long returnId) {
        LocalDateTime now = now();
        return returns.creditFacts(returnId).chain(f -> credits.refunded(now.toLocalDate(), f.storeId(), f.salespersonId(), f.currency(), f.amount(),
                        f.units())
                .chain(() -> returns.refundedLines(returnId))
                .chain(lines -> facts.refunded(fact(f.storeId(), f.salespersonId(), f.currency(), now, f.amount(), lines))));
    }

    private static SalesFacts.Fact fact(long storeId, Long salespersonId, String currency, LocalDateTime at, BigDecimal amount,
            List<PurchasedLine> lines) {
        return new SalesFacts.Fact(storeId, salespersonId, currency, at, amount,
                lines.stream().map(line -> new SalesFacts.Line(line.skuId(), line.units(), line.amount())).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(zone);
    }
}
