package com.newretail.support;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Shops, coupons and counts for the retail tests, straight in the database. */
@ApplicationScoped
public class RetailFixtures {

    /** A store of a new company (under a dealer) with its STORE warehouse. */
    public record Shop(long company, long store, long warehouse) {
    }

    /** A member's shopping trip: two SKUs with 5 units each, a salesperson, a one-use 10 % coupon and a member of the store. */
    public record Basket(Shop shop, long tea, long cup, long salesperson, String couponCode, String member) {
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

    /** A {@link Basket} at a new company's store; the member signs up through {@code customerCreate} as at a till. */
    public Basket memberBasket(String name, String clerk, String memberName) {
        Shop shop = shop(name, clerk);
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        stock.receive(shop.warehouse(), cup, 5);
        long salesperson = orgs.staff(shop.store(), "SHOPPING_GUIDE", "Guide of " + memberName, null);
        String code = OrgFixtures.uniqueCode("CPN");
        coupon(code, "PERCENT", "10", shop.company());
        String mobile = "13" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        String member = InventoryCalls.ok(GraphQLClient.anonymous().run("customer/customerCreate", GraphQLClient.vars("input",
                Map.of("mobile", mobile, "name", memberName, "homeStoreId", OrgFixtures.gid(shop.store())))), "customerCreate")
                .getString("data.customerCreate.customer.id");
        return new Basket(shop, tea, cup, salesperson, code, member);
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
