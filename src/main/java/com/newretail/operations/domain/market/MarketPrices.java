package com.newretail.operations.domain.market;

import static com.newretail.operations.domain.market.MarketErrorCode.INVALID_VALUE;
import static com.newretail.operations.domain.market.MarketErrorCode.NOT_FOUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.operations.persistence.MarketPriceStore;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** Market price observations: checked (what, where in the caller's scope, a positive price, not in the future) and recorded. */
@ApplicationScoped
public class MarketPrices {

    /** An observation as reported. */
    public record Observation(Long skuId, String productName, long orgUnitId, MarketChannel channel, BigDecimal price, LocalDate observedOn,
            String source, String note) {
    }

    private final MarketPriceStore store;
    private final OrgUnitViews orgUnits;
    private final SkuCatalog catalog;

    public MarketPrices(MarketPriceStore store, OrgUnitViews orgUnits, SkuCatalog catalog) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
    }

    public Uni<Outcome<Long>> record(Observation o, LocalDate today, DataScope scope, String actor) {
        if (o.skuId() == null && (o.productName() == null || o.productName().isBlank())) {
            return Outcome.refusedNow(INVALID_VALUE, "Give our SKU or the product's name", "input", "productName");
        }
        if (o.productName() != null && o.productName().trim().length() > 120) {
            return Outcome.refusedNow(INVALID_VALUE, "A product name has at most 120 characters", "input", "productName");
        }
        if (o.price() == null || o.price().signum() <= 0 || o.price().stripTrailingZeros().scale() > 2 || o.price().precision() > 14) {
            return Outcome.refusedNow(INVALID_VALUE, "A price is above 0 with at most 2 decimals", "input", "price");
        }
        if (o.observedOn() == null || o.observedOn().isAfter(today) || o.observedOn().isBefore(today.minusYears(5))) {
            return Outcome.refusedNow(INVALID_VALUE, "observedOn is a day of the last five years, not in the future", "input", "observedOn");
        }
        if (o.source() == null || o.source().isBlank() || o.source().trim().length() > 120) {
            return Outcome.refusedNow(INVALID_VALUE, "A source (where it was seen) has 1-120 characters", "input", "source");
        }
        if (o.note() != null && o.note().length() > 500) {
            return Outcome.refusedNow(INVALID_VALUE, "A note has at most 500 characters", "input", "note");
        }
        return orgUnits.visible(o.orgUnitId(), scope).chain(visible -> !visible
                ? Outcome.refusedNow(NOT_FOUND, "No such org unit in your data scope", "input", "orgUnitId")
                : (o.skuId() == null ? Uni.createFrom().item(true) : catalog.activeByIds(List.of(o.skuId())).map(found -> found.containsKey(o.skuId())))
                        .chain(known -> !known ? Outcome.refusedNow(NOT_FOUND, "No such SKU", "input", "skuId")
                                : store.insert(o, actor).map(Outcome::of)));
    }
}
