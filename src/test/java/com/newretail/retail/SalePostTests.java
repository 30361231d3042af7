package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.concurrently;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.RetailFixtures;
import com.newretail.support.RetailFixtures.Shop;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The one-call sale of a till: priced again by the service, all or nothing, never twice. */
@QuarkusTest
class SalePostTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Inject
    RetailFixtures retail;

    private static Map<String, Object> cash(String amount) {
        return fields("tender", "CASH", "amount", amount);
    }

    private static Map<String, Object> sale(Shop shop, List<Map<String, Object>> lines, List<Map<String, Object>> tenders) {
        return fields("storeId", gid(shop.store()), "lines", lines, "tenders", tenders);
    }

    private JsonPath post(Map<String, Object> input, String key) {
        return client.run("retail/salePost", vars("input", input, "key", key));
    }

    private List<String> errors(Map<String, Object> input) {
        JsonPath result = post(input, null);
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        assertThat(result.prettify(), result.getString("data.salePost.order"), nullValue());
        return result.getList("data.salePost.userErrors.code");
    }

    @Test
    @TestSecurity(user = "till-1", roles = "sales-clerk")
    void aTillPostsAMembersSaleWithACouponInOneCall() {
        RetailFixtures.Basket basket = retail.memberBasket("Till Co", "till-1", "Liu Yang");
        Shop shop = basket.shop();
        long tea = basket.tea();
        long cup = basket.cup();
        long salesperson = basket.salesperson();
        String code = basket.couponCode();
        String member = basket.member();

        Map<String, Object> input = sale(shop, List.of(fields("skuId", sku(tea), "quantity", 2),
                fields("barcode", retail.barcodeOf(cup), "quantity", 1, "lineDiscount", "0.90", "discountReason", "Damaged box")),
                List.of(cash("20.00"), fields("tender", "BANK_CARD", "amount", "5.92", "reference", "SLIP-9")));
        input.put("customerId", member);
        input.put("salespersonId", GlobalId.encode("Staff", salesperson));
        input.put("couponCodes", List.of(code));
        JsonPath sold = ok(post(input, "till-1-sale-1"), "salePost");

        // 2 × 9.90 + 9.90 − 0.90 = 28.80; 10 % coupon = 2.88; due 25.92 — the same figures a cart gives.
        String order = sold.getString("data.salePost.order.id");
        assertThat(sold.getString("data.salePost.order.receiptNo"), matchesPattern("\\d{8}-0001"));
        assertEquals("COMPLETED", sold.getString("data.salePost.order.status"));
        assertEquals("29.70", sold.getString("data.salePost.order.subtotal.amount"));
        assertEquals("2.88", sold.getString("data.salePost.order.couponDiscount.amount"));
        assertEquals("25.92", sold.getString("data.salePost.order.total.amount"));
        assertEquals("0.00", sold.getString("data.salePost.order.change.amount"));
        assertThat(sold.getList("data.salePost.order.lines.lineTotal.amount"), contains("17.82", "8.10"));
        assertThat(sold.getList("data.salePost.order.lines.sku.id"), contains(sku(tea), sku(cup)));
        assertThat(sold.getList("data.salePost.order.payments.tender"), contains("CASH", "BANK_CARD"));
        assertThat(sold.getList("data.salePost.order.events.type"), contains("CREATED", "PAID", "FULFILLED", "COMPLETED"));
        assertEquals(member, sold.getString("data.salePost.order.customer.id"));
        assertEquals(GlobalId.encode("Staff", salesperson), sold.getString("data.salePost.order.salesperson.id"));
        assertEquals(gid(shop.store()), sold.getString("data.salePost.order.store.id"));
        assertEquals(3, stock.onHand(shop.warehouse(), tea));
        assertEquals(4, stock.onHand(shop.warehouse(), cup));
        assertEquals(-2, stock.ledgerDelta(shop.warehouse(), tea, "SALE"));
        assertEquals(0, stock.ledgerMismatches());

        // The same key again answers the same order and sells nothing more.
        JsonPath replay = ok(post(input, "till-1-sale-1"), "salePost");
        assertEquals(order, replay.getString("data.salePost.order.id"));
        assertEquals(3, stock.onHand(shop.warehouse(), tea));
        assertEquals(1, retail.orderCount(shop.store()));
        // The coupon was redeemed with the sale: a second sale may not use it.
        assertThat(errors(input), contains("COUPON_INVALID"));
    }

    @Test
    @TestSecurity(user = "till-retry", roles = "sales-clerk")
    void aSaleRetriedTwentyTimesAtOnceSellsOnce() throws Exception {
        Shop shop = retail.shop("Retry Till Co", "till-retry");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        Map<String, Object> input = sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1)), List.of(cash("9.90")));
        List<Callable<String>> retries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            retries.add(() -> {
                JsonPath result = post(input, "till-retry-1");
                assertThat(result.prettify(), result.getList("errors"), nullValue());
                String id = result.getString("data.salePost.order.id");
                return id != null ? id : result.getList("data.salePost.userErrors.code").toString();
            });
        }
        List<String> outcomes = concurrently(20, retries);
        assertEquals(1, new HashSet<>(outcomes).size(), outcomes.toString());
        assertEquals(1, retail.orderCount(shop.store()));
        assertEquals(4, stock.onHand(shop.warehouse(), tea));
    }

    @Test
    @TestSecurity(user = "till-race", roles = "sales-clerk")
    void twoTillsSellingTheLastUnitAtOnceSellItOnce() throws Exception {
        Shop shop = retail.shop("Race Till Co", "till-race");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 1);
        List<Callable<String>> tills = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tills.add(() -> {
                JsonPath result = post(sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1)), List.of(cash("9.90"))), null);
                assertThat(result.prettify(), result.getList("errors"), nullValue());
                List<String> codes = result.getList("data.salePost.userErrors.code");
                return codes.isEmpty() ? "SOLD" : codes.get(0);
            });
        }
        List<String> outcomes = concurrently(2, tills);
        assertThat(outcomes, hasItem("SOLD"));
        assertThat(outcomes, hasItem("INSUFFICIENT_STOCK"));
        assertEquals(0, stock.onHand(shop.warehouse(), tea));
        assertEquals(1, retail.orderCount(shop.store()));
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "till-crossed", roles = "sales-clerk")
    void tillsSellingTwoSkusInOppositeLineOrderNeverDeadlockNorOversell() throws Exception {
        Shop shop = retail.shop("Crossed Till Co", "till-crossed");
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(shop.warehouse(), tea, 10);
        stock.receive(shop.warehouse(), cup, 10);
        List<Callable<String>> tills = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            List<Map<String, Object>> lines = i % 2 == 0
                    ? List.of(fields("skuId", sku(tea), "quantity", 1), fields("skuId", sku(cup), "quantity", 1))
                    : List.of(fields("skuId", sku(cup), "quantity", 1), fields("skuId", sku(tea), "quantity", 1));
            tills.add(() -> {
                JsonPath result = post(sale(shop, lines, List.of(cash("100.00"))), null);
                assertThat(result.prettify(), result.getList("errors"), nullValue());
                List<String> codes = result.getList("data.salePost.userErrors.code");
                return codes.isEmpty() ? "SOLD" : codes.get(0);
            });
        }
        List<String> outcomes = concurrently(16, tills);
        assertEquals(10, outcomes.stream().filter("SOLD"::equals).count(), outcomes.toString());
        assertEquals(6, outcomes.stream().filter("INSUFFICIENT_STOCK"::equals).count(), outcomes.toString());
        assertEquals(0, stock.onHand(shop.warehouse(), tea));
        assertEquals(0, stock.onHand(shop.warehouse(), cup));
        assertEquals(-10, stock.ledgerDelta(shop.warehouse(), tea, "SALE"));
        assertEquals(-10, stock.ledgerDelta(shop.warehouse(), cup, "SALE"));
        assertEquals(10, retail.orderCount(shop.store()));
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "till-bad", roles = "sales-clerk")
    void badSalesChangeNothing() {
        Shop shop = retail.shop("Bad Till Co", "till-bad");
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        stock.receive(shop.warehouse(), cup, 1);
        List<Map<String, Object>> oneTea = List.of(fields("skuId", sku(tea), "quantity", 1));

        assertThat(errors(sale(shop, oneTea, List.of(cash("5.00")))), contains("TENDERS_MISMATCH"));
        assertThat(errors(sale(shop, oneTea, List.of(fields("tender", "BANK_CARD", "amount", "9.90")))), contains("REFERENCE_REQUIRED"));
        assertThat(errors(sale(shop, List.of(), List.of(cash("1.00")))), contains("REQUIRED"));
        assertThat(errors(sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1, "lineDiscount", "1.00")), List.of(cash("8.90")))),
                contains("REQUIRED"));
        assertThat(errors(sale(shop, List.of(fields("skuId", sku(tea), "quantity", 0)), List.of(cash("1.00")))), contains("INVALID_VALUE"));
        assertThat(errors(sale(shop, List.of(fields("barcode", "NO-SUCH-BARCODE", "quantity", 1)), List.of(cash("9.90")))),
                contains("UNKNOWN_SKU"));

        // The second line runs short: the first line's stock stays, and the problem points at the short line.
        JsonPath shortSale = post(sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1), fields("skuId", sku(cup), "quantity", 2)),
                List.of(cash("29.70"))), null);
        assertThat(shortSale.prettify(), shortSale.getList("data.salePost.userErrors.code"), contains("INSUFFICIENT_STOCK"));
        assertEquals(List.of("input", "lines", "1", "quantity"), shortSale.getList("data.salePost.userErrors[0].field"));

        pool.preparedQuery("UPDATE sku SET status = 'INACTIVE' WHERE id = $1").execute(Tuple.of(cup)).await().indefinitely();
        assertThat(errors(sale(shop, List.of(fields("skuId", sku(cup), "quantity", 1)), List.of(cash("9.90")))), contains("SKU_INACTIVE"));

        long foreign = orgs.store(orgs.company("Foreign Till Co"), "Foreign Till Store");
        stock.warehouse(foreign);
        Map<String, Object> abroad = sale(shop, oneTea, List.of(cash("9.90")));
        abroad.put("storeId", gid(foreign));
        assertThat(errors(abroad), contains("NOT_FOUND"));

        Map<String, Object> badId = sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1), fields("skuId", gid(shop.store()), "quantity", 1)),
                List.of(cash("9.90")));
        JsonPath invalid = post(badId, null);
        assertThat(invalid.prettify(), invalid.getList("data.salePost.userErrors.code"), contains("INVALID_ID"));
        assertEquals(List.of("input", "lines", "1", "skuId"), invalid.getList("data.salePost.userErrors[0].field"));

        assertEquals(5, stock.onHand(shop.warehouse(), tea));
        assertEquals(1, stock.onHand(shop.warehouse(), cup));
        assertEquals(0, retail.orderCount(shop.store()));
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "till-slow-prices", roles = "sales-clerk")
    void aSaleHoldsNoTransactionOpenWhileItChecksAndPrices() {
        Shop shop = retail.shop("Slow Prices Till Co", "till-slow-prices");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        Map<String, Object> input = sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1)), List.of(cash("9.90")));
        // Prices wait for this connection's lock: while they do, the sale may not sit in an open transaction
        // (with its idempotency key claimed), as a till's other sales at the store would queue behind it.
        SqlConnection locker = pool.getConnection().await().indefinitely();
        long lockerPid;
        CompletableFuture<JsonPath> sold;
        long waitingTransactions;
        try {
            locker.query("BEGIN").execute().await().indefinitely();
            locker.query("LOCK TABLE price_list_item IN ACCESS EXCLUSIVE MODE").execute().await().indefinitely();
            lockerPid = locker.query("SELECT pg_backend_pid()").execute().await().indefinitely().iterator().next().getLong(0);
            sold = CompletableFuture.supplyAsync(() -> post(input, "till-slow-prices-1"));
            await().atMost(Duration.ofSeconds(20)).until(() -> blockedBy(lockerPid) > 0 || sold.isDone());
            waitingTransactions = pool.preparedQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid NOT IN (pg_backend_pid(), $1) AND state LIKE 'idle in transaction%'")
                    .execute(Tuple.of(lockerPid)).await().indefinitely().iterator().next().getLong(0);
        } finally {
            locker.query("COMMIT").execute().await().indefinitely();
            locker.close().await().indefinitely();
        }
        assertEquals(0, waitingTransactions, "the sale held a transaction open while its prices were read");
        ok(sold.join(), "salePost");
        assertEquals(4, stock.onHand(shop.warehouse(), tea));
    }

    @Test
    @TestSecurity(user = "till-busy-store", roles = "sales-clerk")
    void aSaleWaitingForItsStockDoesNotHoldUpTheStoresOtherTills() {
        Shop shop = retail.shop("Busy Store Till Co", "till-busy-store");
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        stock.receive(shop.warehouse(), cup, 5);
        // The tea's stock row is locked elsewhere (a transfer, a count): a sale of tea waits for it. A sale of cups
        // at the same store must not wait behind it for the store's receipt counter.
        SqlConnection locker = pool.getConnection().await().indefinitely();
        CompletableFuture<JsonPath> teaSale;
        CompletableFuture<JsonPath> cupSale;
        try {
            locker.query("BEGIN").execute().await().indefinitely();
            locker.preparedQuery("SELECT on_hand FROM stock_level WHERE warehouse_id = $1 AND sku_id = $2 FOR UPDATE")
                    .execute(Tuple.of(shop.warehouse(), tea)).await().indefinitely();
            long lockerPid = locker.query("SELECT pg_backend_pid()").execute().await().indefinitely().iterator().next().getLong(0);
            teaSale = CompletableFuture.supplyAsync(() -> post(sale(shop, List.of(fields("skuId", sku(tea), "quantity", 1)), List.of(cash("9.90"))),
                    null));
            await().atMost(Duration.ofSeconds(20)).until(() -> blockedBy(lockerPid) > 0 || teaSale.isDone());
            cupSale = CompletableFuture.supplyAsync(() -> post(sale(shop, List.of(fields("skuId", sku(cup), "quantity", 1)), List.of(cash("9.90"))),
                    null));
            await("the cup sale, while the tea sale waits for its stock").atMost(Duration.ofSeconds(10)).until(cupSale::isDone);
            assertEquals(false, teaSale.isDone());
        } finally {
            locker.query("COMMIT").execute().await().indefinitely();
            locker.close().await().indefinitely();
        }
        String cupReceipt = ok(cupSale.join(), "salePost").getString("data.salePost.order.receiptNo");
        String teaReceipt = ok(teaSale.join(), "salePost").getString("data.salePost.order.receiptNo");
        // Numbered in the order they committed.
        assertThat(cupReceipt, matchesPattern("\\d{8}-0001"));
        assertThat(teaReceipt, matchesPattern("\\d{8}-0002"));
        assertEquals(4, stock.onHand(shop.warehouse(), tea));
        assertEquals(4, stock.onHand(shop.warehouse(), cup));
        assertEquals(0, stock.ledgerMismatches());
    }

    /** How many statements wait for a lock the given backend holds. */
    private long blockedBy(long pid) {
        return pool.preparedQuery("SELECT count(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))")
                .execute(Tuple.of(pid)).await().indefinitely().iterator().next().getLong(0);
    }
}
