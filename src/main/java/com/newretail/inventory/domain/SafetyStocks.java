package com.newretail.inventory.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;

import io.smallrye.mutiny.Uni;

/** The safety stock of a (warehouse, SKU): a replenishment threshold, not a movement, so no ledger row. */
@ApplicationScoped
public class SafetyStocks {

    static final int MAX = 1_000_000;

    private final SkuCatalog skus;

    public SafetyStocks(SkuCatalog skus) {
        this.skus = skus;
    }

    public Uni<Outcome> set(long warehouseId, long skuId, int safetyStock) {
        if (safetyStock < 0 || safetyStock > MAX) {
            return Uni.createFrom().item(Outcome.refused(InventoryErrorCode.INVALID_VALUE, "Safety stock must be 0-" + MAX, "safetyStock"));
        }
        return skus.activeByIds(List.of(skuId)).chain(found -> !found.containsKey(skuId)
                ? Uni.createFrom().item(Outcome.refused(InventoryErrorCode.UNKNOWN_SKU, "No such SKU", "skuId"))
                : NativeRows.update("INSERT INTO stock_level (warehouse_id, sku_id, safety_stock) VALUES (?1, ?2, cast(?3 as integer)) "
                        + "ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET safety_stock = EXCLUDED.safety_stock, updated_at = now()",
                        warehouseId, skuId, safetyStock).map(ignored -> Outcome.of(skuId)));
    }
}
