package com.newretail.inventory.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** The safety stock of a (warehouse, SKU): a replenishment threshold, not a movement, so no ledger row. */
@ApplicationScoped
public class SafetyStocks {

    static final int MAX = 1_000_000;

    public Uni<Outcome> set(long warehouseId, long skuId, int safetyStock) {
        if (safetyStock < 0 || safetyStock > MAX) {
            return Uni.createFrom().item(Outcome.refused(InventoryErrorCode.INVALID_VALUE, "Safety stock must be 0-" + MAX, "safetyStock"));
        }
        return NativeRows.id("SELECT count(*) FROM sku WHERE id = ?1", skuId).chain(found -> found == 0
                ? Uni.createFrom().item(Outcome.refused(InventoryErrorCode.UNKNOWN_SKU, "No such SKU", "skuId"))
                : NativeRows.update("INSERT INTO stock_level (warehouse_id, sku_id, safety_stock) VALUES (?1, ?2, cast(?3 as integer)) "
                        + "ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET safety_stock = EXCLUDED.safety_stock, updated_at = now()",
                        warehouseId, skuId, safetyStock).map(ignored -> Outcome.of(skuId)));
    }
}
