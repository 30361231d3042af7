package com.newretail.catalog.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.persistence.PriceReader;

import io.smallrye.mutiny.Uni;

/** The price rule for other modules (retail checkout): see {@link PriceReader} for the rule itself. */
@ApplicationScoped
public class Prices {

    /** A SKU's price for an org unit; {@code priceListId} null means the retail price. */
    public record UnitPrice(long skuId, BigDecimal amount, String currency, Long priceListId, boolean active) {
    }

    private final PriceReader reader;

    public Prices(PriceReader reader) {
        this.reader = reader;
    }

    /** Prices of the SKUs that exist, for the org unit at the instant (one statement). */
    public Uni<Map<Long, UnitPrice>> resolve(List<Long> skuIds, long orgUnitId, OffsetDateTime at) {
        return skuIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : reader.resolve(skuIds, orgUnitId, at).map(rows -> rows.values().stream().collect(Collectors.toMap(
                        row -> row.skuId(), row -> new UnitPrice(row.skuId(), row.amount(), row.currency(), row.priceListId(), row.active()))));
    }
}
