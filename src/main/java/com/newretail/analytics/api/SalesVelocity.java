package com.newretail.analytics.api;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.analytics.persistence.DashboardReader;

import io.smallrye.mutiny.Uni;

/** How fast a store sells each SKU, from the roll-up of units per store, SKU and day. */
@ApplicationScoped
public class SalesVelocity {

    /** Units sold net of returns in the 7 and the 28 completed days before today. */
    public record Recent(int last7Days, int last28Days) {
    }

    private final DashboardReader reader;

    public SalesVelocity(DashboardReader reader) {
        this.reader = reader;
    }

    /** By SKU, for the SKUs the store sold in the 28 days before {@code today} (today itself is not over yet). */
    public Uni<Map<Long, Recent>> recentSales(long storeId, LocalDate today) {
        return reader.recentUnits(storeId, today.minusDays(28), today.minusDays(7), today.minusDays(1)).map(units -> {
            Map<Long, Recent> bySku = new java.util.HashMap<>();
            units.forEach((sku, recent) -> bySku.put(sku, new Recent(recent.last7Days(), recent.last28Days())));
            return bySku;
        });
    }
}
