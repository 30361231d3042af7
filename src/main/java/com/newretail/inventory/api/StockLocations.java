package com.newretail.inventory.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Where a store sells from, for the retail module. */
@ApplicationScoped
public class StockLocations {

    private final Pool pool;

    public StockLocations(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** The store's selling warehouse: its oldest warehouse of type STORE; null when it has none. */
    public Uni<Long> saleWarehouseOf(long storeId) {
        return first(storeId, "STORE");
    }

    /** Where the store keeps damaged goods: its oldest warehouse of type DAMAGED; null when it has none. */
    public Uni<Long> damagedWarehouseOf(long storeId) {
        return first(storeId, "DAMAGED");
    }

    private Uni<Long> first(long orgUnitId, String type) {
        return pool.preparedQuery("SELECT id FROM warehouse WHERE org_unit_id = $1 AND type = $2 ORDER BY id LIMIT 1")
                .execute(Tuple.of(orgUnitId, type)).map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }
}
