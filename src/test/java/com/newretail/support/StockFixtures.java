package com.newretail.support;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Catalog and warehouse rows straight in the database, for inventory tests; unique per call. */
@ApplicationScoped
public class StockFixtures {

    private final Pool pool;

    public StockFixtures(Pool pool) {
        this.pool = pool;
    }

    /** A new active SKU (with its product). */
    public long sku() {
        String code = OrgFixtures.uniqueCode("SKU");
        long product = pool.preparedQuery("INSERT INTO product (code, name) VALUES ($1, $2) RETURNING id")
                .execute(Tuple.of(code, "Product " + code)).await().indefinitely().iterator().next().getLong(0);
        return pool.preparedQuery("INSERT INTO sku (product_id, code, barcode, retail_price) VALUES ($1, $2, $3, $4) RETURNING id")
                .execute(Tuple.of(product, code, code.replace("-", ""), new BigDecimal("9.90")))
                .await().indefinitely().iterator().next().getLong(0);
    }

    public long warehouse(long orgUnitId) {
        return warehouse(orgUnitId, "STORE");
    }

    public long warehouse(long orgUnitId, String type) {
        return pool.preparedQuery("INSERT INTO warehouse (code, name, org_unit_id, type) VALUES ($1, $2, $3, $4) RETURNING id")
                .execute(Tuple.of(OrgFixtures.uniqueCode("WH"), "Back room", orgUnitId, type)).await().indefinitely().iterator().next().getLong(0);
    }

    /** Stock as a posted receipt would leave it: level and ledger row together. */
    public void receive(long warehouseId, long skuId, int quantity) {
        pool.preparedQuery("WITH moved AS (INSERT INTO stock_level (warehouse_id, sku_id, on_hand) VALUES ($1, $2, $3) "
                + "ON CONFLICT (warehouse_id, sku_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand "
                + "RETURNING on_hand, reserved) INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, "
                + "actor, delta_on_hand, on_hand_after, reserved_after) SELECT $1, $2, 'RECEIPT', 'FIXTURE', 0, 'test', $3, on_hand, reserved FROM moved")
                .execute(Tuple.of(warehouseId, skuId, quantity)).await().indefinitely();
    }

    public int onHand(long warehouseId, long skuId) {
        var rows = pool.preparedQuery("SELECT on_hand FROM stock_level WHERE warehouse_id = $1 AND sku_id = $2")
                .execute(Tuple.of(warehouseId, skuId)).await().indefinitely();
        return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
    }

    public long ledgerRows(long warehouseId, long skuId, String reason) {
        return pool.preparedQuery("SELECT count(*) FROM stock_ledger WHERE warehouse_id = $1 AND sku_id = $2 AND reason = $3")
                .execute(Tuple.of(warehouseId, skuId, reason)).await().indefinitely().iterator().next().getLong(0);
    }

    public int reserved(long warehouseId, long skuId) {
        var rows = pool.preparedQuery("SELECT reserved FROM stock_level WHERE warehouse_id = $1 AND sku_id = $2")
                .execute(Tuple.of(warehouseId, skuId)).await().indefinitely();
        return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
    }

    /** Sum of the ledger's on-hand deltas of one (warehouse, SKU) for one reason. */
    public long ledgerDelta(long warehouseId, long skuId, String reason) {
        return pool.preparedQuery("SELECT coalesce(sum(delta_on_hand), 0) FROM stock_ledger WHERE warehouse_id = $1 AND sku_id = $2 "
                + "AND reason = $3").execute(Tuple.of(warehouseId, skuId, reason)).await().indefinitely().iterator().next().getLong(0);
    }

    /** A new category with one new active SKU in it; returns {categoryId, skuId}. */
    public long[] categoryWithSku() {
        String code = OrgFixtures.uniqueCode("CAT");
        long category = pool.preparedQuery("INSERT INTO category (code, name) VALUES ($1, $2) RETURNING id")
                .execute(Tuple.of(code, "Category " + code)).await().indefinitely().iterator().next().getLong(0);
        long sku = sku();
        pool.preparedQuery("UPDATE product SET category_id = $1 WHERE id = (SELECT product_id FROM sku WHERE id = $2)")
                .execute(Tuple.of(category, sku)).await().indefinitely();
        return new long[] { category, sku };
    }

    /**
     * (warehouse, SKU) pairs whose on-hand or reserved differs from the sum of their ledger deltas;
     * also counts ledger rows whose balance-after does not follow from the rows before them.
     */
    public long ledgerMismatches() {
        long levels = pool.query("SELECT count(*) FROM stock_level s LEFT JOIN (SELECT warehouse_id, sku_id, sum(delta_on_hand) AS total, "
                + "sum(delta_reserved) AS held FROM stock_ledger GROUP BY warehouse_id, sku_id) l USING (warehouse_id, sku_id) "
                + "WHERE s.on_hand <> coalesce(l.total, 0) OR s.reserved <> coalesce(l.held, 0)")
                .execute().await().indefinitely().iterator().next().getLong(0);
        long balances = pool.query("SELECT count(*) FROM (SELECT on_hand_after, reserved_after, "
                + "sum(delta_on_hand) OVER w AS running, sum(delta_reserved) OVER w AS running_held FROM stock_ledger "
                + "WINDOW w AS (PARTITION BY warehouse_id, sku_id ORDER BY id)) x "
                + "WHERE on_hand_after <> running OR reserved_after <> running_held")
                .execute().await().indefinitely().iterator().next().getLong(0);
        return levels + balances;
    }
}
