package com.newretail.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Settings of stock levels in the current transaction (quantities change only through {@code StockMovements}). */
@ApplicationScoped
public class StockLevelStore {

    private static final String SAFETY_STOCK = """
            INSERT INTO stock_level (warehouse_id, sku_id, safety_stock) VALUES (?1, ?2, cast(?3 as integer))
            ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET safety_stock = EXCLUDED.safety_stock, updated_at = now()""";

    public Uni<Integer> setSafetyStock(long warehouseId, long skuId, int safetyStock) {
        return NativeSql.update(SAFETY_STOCK, warehouseId, skuId, safetyStock);
    }
}
