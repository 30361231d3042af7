package com.newretail.analytics.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.analytics.persistence.RollupStore;

import io.smallrye.mutiny.Uni;

/**
 * How sales reach the channel operations center's roll-ups, in the sale's own transaction: a paid
 * order counts on the store-local day and hour it was paid, a refund on the day and hour it was
 * refunded, and the cancellation of a paid order takes the sale back when it happens.
 */
@ApplicationScoped
public class SalesFacts {

    /** A line's SKU, units and amount (net of discounts for a sale, refunded for a return). */
    public record Line(long skuId, int quantity, BigDecimal amount) {
    }

    /**
     * What happened at a store: when (store-local time), who sold it (null: nobody), the total and its lines.
     */
    public record Fact(long storeId, Long staffId, String currency, LocalDateTime at, BigDecimal amount, List<Line> lines) {

        int units() {
            return lines.stream().mapToInt(Line::quantity).sum();
        }
    }

    private final RollupStore store;

    public SalesFacts(RollupStore store) {
        this.store = store;
    }

    public Uni<Void> sold(Fact sale) {
        return store.add(sale.storeId(), sale.staffId(), sale.currency(), sale.at(),
                        new RollupStore.Counts(1, sale.units(), sale.amount(), 0, 0, BigDecimal.ZERO))
                .chain(() -> store.addSkus(sale.storeId(), sale.at().toLocalDate(), sale.lines(), 1, 0));
    }

    public Uni<Void> cancelled(Fact sale) {
        return store.add(sale.storeId(), sale.staffId(), sale.currency(), sale.at(),
                        new RollupStore.Counts(-1, -sale.units(), sale.amount().negate(), 0, 0, BigDecimal.ZERO))
                .chain(() -> store.addSkus(sale.storeId(), sale.at().toLocalDate(), sale.lines(), -1, 0));
    }

    public Uni<Void> refunded(Fact refund) {
        return store.add(refund.storeId(), refund.staffId(), refund.currency(), refund.at(),
                        new RollupStore.Counts(0, 0, BigDecimal.ZERO, 1, refund.units(), refund.amount()))
                .chain(() -> store.addSkus(refund.storeId(), refund.at().toLocalDate(), refund.lines(), 0, 1));
    }
}
