package com.newretail.inventory.api;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.domain.WarehouseType;
import com.newretail.inventory.persistence.InventoryReader;

import io.smallrye.mutiny.Uni;

/** Where a store sells from, for the retail module. */
@ApplicationScoped
public class StockLocations {

    private final InventoryReader reader;

    public StockLocations(InventoryReader reader) {
        this.reader = reader;
    }

    /** The store's selling warehouse: its oldest warehouse of type STORE; null when it has none. */
    public Uni<Long> saleWarehouseOf(long storeId) {
        return reader.firstWarehouseOf(storeId, WarehouseType.STORE);
    }

    /** Where the store keeps damaged goods: its oldest warehouse of type DAMAGED; null when it has none. */
    public Uni<Long> damagedWarehouseOf(long storeId) {
        return reader.firstWarehouseOf(storeId, WarehouseType.DAMAGED);
    }
}
