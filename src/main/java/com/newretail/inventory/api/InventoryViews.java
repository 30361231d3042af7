package com.newretail.inventory.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.graphql.StockTransfer;
import com.newretail.inventory.graphql.Warehouse;
import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** Inventory's GraphQL objects for fields of other modules' types (a replenishment request's warehouses and transfer). */
@ApplicationScoped
public class InventoryViews {

    private final InventoryReader warehouses;
    private final DocumentReader documents;

    public InventoryViews(InventoryReader warehouses, DocumentReader documents) {
        this.warehouses = warehouses;
        this.documents = documents;
    }

    public Uni<Map<Long, Warehouse>> warehouses(List<Long> ids) {
        return warehouses.warehouses(ids, DataScope.all()).map(rows -> {
            Map<Long, Warehouse> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), new Warehouse(row)));
            return byId;
        });
    }

    /** Transfers either end of which the scope sees. */
    public Uni<Map<Long, StockTransfer>> transfers(List<Long> ids, DataScope scope) {
        return documents.transfers(ids, scope).map(rows -> {
            Map<Long, StockTransfer> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), new StockTransfer(row)));
            return byId;
        });
    }
}
