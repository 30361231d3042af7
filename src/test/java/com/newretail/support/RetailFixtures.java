package com.newretail.support;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.graphql.GlobalId;

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
        String mobile = "13" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        String member = InventoryCalls.ok(GraphQLClient.anonymous().run("customer/customerCreate", GraphQLClient.vars("input",
                Map.of("mobile", mobile, "name", memberName, "homeStoreId", OrgFixtures.gid(shop.store())))), "customerCreate")
                .getString("data.customerCreate.customer.id");
        String code = coupon("PERCENT_OFF", "10", shop.company(), GlobalId.decode(member, "Customer"));
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

    /**
     * A coupon of a new template of the company (valid since yesterday for a year, HQ bears the cost,
     * restored on returns) issued straight to the member; its code.
     */
    public String coupon(String kind, String value, long companyId, long customerId) {
        long template = pool.preparedQuery("INSERT INTO coupon_template (name, kind, value, max_discount, owner_unit_id, stackable, valid_from, "
                + "valid_to, hq_share, company_share, dealer_share, on_return, per_person_limit, created_by) VALUES ('Test coupon', $1, $2, $3, $4, "
                + "false, now() - interval '1 day', now() + interval '1 year', 100, 0, 0, 'RESTORE', 1, 'fixture') RETURNING id")
                .execute(Tuple.of(kind, new BigDecimal(value), "PERCENT_OFF".equals(kind) ? new BigDecimal("1000.00") : null, companyId))
                .await().indefinitely().iterator().next().getLong(0);
        String code = OrgFixtures.uniqueCode("CP").replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        pool.preparedQuery("INSERT INTO member_coupon (template_id, customer_id, code, face_value, balance, valid_from, valid_to, source, issued_by) "
                + "SELECT id, $2, $3, coalesce(max_discount, value), coalesce(max_discount, value), valid_from, valid_to, 'DIRECT', 'fixture' "
                + "FROM coupon_template WHERE id = $1").execute(Tuple.of(template, customerId, code)).await().indefinitely();
        return code;
    }
}
