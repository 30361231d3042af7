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
        return pool.preparedQuery("SELECT id FROM warehouse WHERE org_unit_id = $1 AND type = 'STORE' ORDER BY id LIMIT 1")
                .execute(Tuple.of(storeId)).map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }
}
