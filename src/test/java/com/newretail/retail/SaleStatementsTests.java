package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.RetailFixtures;
import com.newretail.support.RetailFixtures.Shop;
import com.newretail.support.SqlStatements;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The database round trips of the bench's W1 sale (two lines, cash, an idempotency key, the till's
 * selection): 11 statements per sale, BEGIN and COMMIT included (issue #13's target is 12), counted by
 * pg_stat_statements as the bench counts them. Was 17 before the writes nobody reads back in the
 * transaction (roll-ups, audit, outbox event, the key's result) went out as one statement and the
 * lines' stock moved in one.
 */
@QuarkusTest
@TestProfile(SaleStatementsTests.CachedBindings.class)
class SaleStatementsTests {

    /** As in production, a caller's staff binding is looked up once and then cached (tests turn the cache off elsewhere); no
     * reservation sweep runs between the sales (it is counted apart from them). */
    public static class CachedBindings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newretail.scope.cache-ttl", "60s", "newretail.inventory.reservation-sweep", "1h");
        }
    }

    private static final String SALE = "mutation($i: SaleInput!, $k: String) { salePost(input: $i, idempotencyKey: $k) "
            + "{ order { id receiptNo } userErrors { code } } }";
    private static final int SALES = 10;

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    RetailFixtures retail;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Test
    @TestSecurity(user = "till-statements", roles = "sales-clerk")
    void aTwoLineSaleTakesAtMostElevenStatements() {
        Shop shop = retail.shop("Statements Till Co", "till-statements");
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(shop.warehouse(), tea, 100);
        stock.receive(shop.warehouse(), cup, 100);
        Map<String, Object> input = fields("storeId", gid(shop.store()),
                "lines", List.of(fields("skuId", sku(tea), "quantity", 1), fields("skuId", sku(cup), "quantity", 1)),
                "tenders", List.of(fields("tender", "CASH", "amount", "5000.00")));
        sell(input, "warm-1");
        sell(input, "warm-2");

        SqlStatements statements = SqlStatements.counting(pool);
        statements.reset();
        long before = statements.all();
        for (int i = 0; i < SALES; i++) {
            sell(input, "counted-" + i);
        }
        double perSale = (statements.all() - before) / (double) SALES;
        assertTrue(perSale <= 11, perSale + " statements per sale:\n" + statements.listing());
    }

    @Test
    @TestSecurity(user = "till-planning", roles = "sales-clerk")
    void aSalesStatementsArePlannedOncePerConnectionNotOncePerSale() {
        Shop shop = retail.shop("Planning Till Co", "till-planning");
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(shop.warehouse(), tea, 200);
        stock.receive(shop.warehouse(), cup, 200);
        Map<String, Object> input = fields("storeId", gid(shop.store()),
                "lines", List.of(fields("skuId", sku(tea), "quantity", 1), fields("skuId", sku(cup), "quantity", 1)),
                "tenders", List.of(fields("tender", "CASH", "amount", "5000.00")));
        SqlStatements statements = SqlStatements.counting(pool);
        pool.query("ALTER SYSTEM SET pg_stat_statements.track_planning = on").execute().await().indefinitely();
        pool.query("SELECT pg_reload_conf()").execute().await().indefinitely();
        try {
            sell(input, "warm-1");
            statements.reset();
            int sales = 60;
            for (int i = 0; i < sales; i++) {
                sell(input, "planned-" + i);
            }
            // A statement planned at every execution costs PostgreSQL more than running it (W1: the deferred writes'
            // statement, over Vert.x's 2,048-character cache limit, was planned 0.5 ms per sale). Each pool connection
            // prepares a statement once; sequential sales use at most the pool's 20 connections.
            List<String> replanned = new java.util.ArrayList<>();
            pool.query("SELECT calls, plans, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) FROM pg_stat_statements "
                    + "WHERE calls >= " + sales + " AND plans > calls / 2 AND query NOT ILIKE '%pg_stat_statements%'")
                    .execute().await().indefinitely()
                    .forEach(row -> replanned.add(row.getLong(0) + " calls, " + row.getLong(1) + " plans: " + row.getString(2)));
            assertTrue(replanned.isEmpty(), "planned at (nearly) every execution:\n" + String.join("\n", replanned));
        } finally {
            pool.query("ALTER SYSTEM RESET pg_stat_statements.track_planning").execute().await().indefinitely();
            pool.query("SELECT pg_reload_conf()").execute().await().indefinitely();
        }
    }

    private void sell(Map<String, Object> input, String key) {
        ok(client.runText(SALE, vars("i", input, "k", "till-statements-" + System.nanoTime() + "-" + key)), "salePost");
    }
}
