package com.newretail.support;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Shops, coupons and counts for the retail tests, straight in the database. */
@ApplicationScoped
public class RetailFixtures {

    /** A store of a new company (under a dealer) with its STORE warehouse. */
    public record Shop(long company, long store, long warehouse) {
    }

    private final OrgFixtures orgs;
    private final StockFixtures stock;
    private final Pool pool;

    public RetailFixtures(OrgFixtures orgs, StockFixtures stock, Pool pool) {
        this.orgs = orgs;
        this.stock = stock;
        this.pool = pool;
    }

    /** A new company's store, with the clerk (a test user) bound to it as a shopping guide. */
    public Shop shop(String name, String clerk) {
        long company = orgs.company(name);
        long store = orgs.store(orgs.dealer(company, name + " Dealer"), name + " Store");
        orgs.bind(clerk, store, "SHOPPING_GUIDE");
        return new Shop(company, store, stock.warehouse(store));
    }

    public String barcodeOf(long skuId) {
        return pool.preparedQuery("SELECT barcode FROM sku WHERE id = $1").execute(Tuple.of(skuId)).await().indefinitely()
                .iterator().next().getString(0);
    }

    public long orderCount(long storeId) {
        return pool.preparedQuery("SELECT count(*) FROM retail_order WHERE store_id = $1").execute(Tuple.of(storeId)).await().indefinitely()
                .iterator().next().getLong(0);
    }

    /** A demo coupon of the company, valid since yesterday, redeemable once. */
    public void coupon(String code, String kind, String value, long companyId) {
        pool.preparedQuery("INSERT INTO coupon (code, kind, value, company_id, valid_from, max_redemptions) "
                + "VALUES ($1, $2, $3, $4, now() - interval '1 day', 1)")
                .execute(Tuple.of(code, kind, new BigDecimal(value), companyId)).await().indefinitely();
    }
}
