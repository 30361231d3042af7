package com.newretail.inventory.domain;

import com.newretail.platform.mutation.Outcome;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.inventory.persistence.StockLevelStore;

import io.smallrye.mutiny.Uni;

/** The safety stock of a (warehouse, SKU): a replenishment threshold, not a movement, so no ledger row. */
@ApplicationScoped
public class SafetyStocks {

    static final int MAX = 1_000_000;

    private final SkuCatalog skus;
    private final StockLevelStore store;

    public SafetyStocks(SkuCatalog skus, StockLevelStore store) {
        this.skus = skus;
        this.store = store;
    }

    public Uni<Outcome<Long>> set(long warehouseId, long skuId, int safetyStock) {
        if (safetyStock < 0 || safetyStock > MAX) {
            return Uni.createFrom().item(Outcome.refused(InventoryErrorCode.INVALID_VALUE, "Safety stock must be 0-" + MAX, "safetyStock"));
        }
        return skus.activeByIds(List.of(skuId)).chain(found -> !found.containsKey(skuId)
                ? Uni.createFrom().item(Outcome.refused(InventoryErrorCode.UNKNOWN_SKU, "No such SKU", "skuId"))
                : store.setSafetyStock(warehouseId, skuId, safetyStock).map(ignored -> Outcome.of(skuId)));
    }
}
