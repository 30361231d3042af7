package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.concurrently;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static com.newretail.support.RetailCalls.tender;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
import io.vertx.mutiny.sqlclient.Tuple;

/** POS checkout end to end: carts priced live, tenders, coupons, members, stock, receipts; retries, races and bad input. */
@QuarkusTest
class CheckoutGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Inject
    RetailFixtures retail;

    private String cart(Shop shop, Object... skuAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(fields("skuId", sku((Long) skuAndQuantity[i]), "quantity", skuAndQuantity[i + 1]));
        }
        return ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(shop.store()), "lines", lines))), "cartCreate")
                .getString("data.cartCreate.cart.id");
    }

    @Test
    @TestSecurity(user = "clerk-pos", roles = "sales-clerk")
    void aMemberBuysTwoItemsWithACouponPayingCashAndCard() {
        RetailFixtures.Basket basket = retail.memberBasket("POS Co", "clerk-pos", "Chen Jie");
        Shop shop = basket.shop();
        long tea = basket.tea();
        long cup = basket.cup();
        long salesperson = basket.salesperson();
        String code = basket.couponCode();
        String member = basket.member();

        // Scan: one line by SKU, one by barcode with a damaged-box discount; then the member and the coupon.
        JsonPath opened = ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(shop.store()), "lines", List.of(
                fields("skuId", sku(tea), "quantity", 2),
                fields("barcode", retail.barcodeOf(cup), "quantity", 1, "lineDiscount", "0.90", "discountReason", "Damaged box"))))), "cartCreate");
        String cart = opened.getString("data.cartCreate.cart.id");
        assertEquals("28.80", opened.getString("data.cartCreate.cart.total.amount"));
        JsonPath priced = ok(client.run("retail/cartUpdate", vars("id", cart, "version", 1, "input", Map.of(
                "customerId", member, "salespersonId", GlobalId.encode("Staff", salesperson), "couponCodes", List.of(code),
                "lines", List.of(fields("skuId", sku(tea), "quantity", 2),
                        fields("barcode", retail.barcodeOf(cup), "quantity", 1, "lineDiscount", "0.90", "discountReason", "Damaged box"))))),
                "cartUpdate");
        // 2 × 9.90 + 9.90 − 0.90 = 28.80; 10 % coupon = 2.88; due 25.92.
        assertEquals("25.92", priced.getString("data.cartUpdate.cart.total.amount"));

        JsonPath sold = ok(client.run("retail/cartCheckout", vars("id", cart, "key", "sale-" + cart, "tenders", List.of(
                tender("CASH", "20.00", null), tender("BANK_CARD", "15.92", "SLIP-0001")))), "cartCheckout");
        String order = sold.getString("data.cartCheckout.order.id");
        assertThat(sold.getString("data.cartCheckout.order.receiptNo"), matchesPattern("\\d{8}-0001"));
        assertEquals("COMPLETED", sold.getString("data.cartCheckout.order.status"));
        assertEquals("29.70", sold.getString("data.cartCheckout.order.subtotal.amount"));
        assertEquals("0.90", sold.getString("data.cartCheckout.order.lineDiscounts.amount"));
        assertEquals("2.88", sold.getString("data.cartCheckout.order.couponDiscount.amount"));
        assertEquals("25.92", sold.getString("data.cartCheckout.order.total.amount"));
        assertEquals("35.92", sold.getString("data.cartCheckout.order.paid.amount"));
        assertEquals("10.00", sold.getString("data.cartCheckout.order.change.amount"));
        assertThat(sold.getList("data.cartCheckout.order.lines.couponShare.amount"), contains("1.98", "0.90"));
        assertThat(sold.getList("data.cartCheckout.order.lines.lineTotal.amount"), contains("17.82", "8.10"));
        assertThat(sold.getList("data.cartCheckout.order.payments.tender"), contains("CASH", "BANK_CARD"));
        assertThat(sold.getList("data.cartCheckout.order.events.type"), contains("CREATED", "PAID", "FULFILLED", "COMPLETED"));
        assertEquals(member, sold.getString("data.cartCheckout.order.customer.id"));
        assertEquals(GlobalId.encode("Staff", salesperson), sold.getString("data.cartCheckout.order.salesperson.id"));
        assertEquals("clerk-pos", sold.getString("data.cartCheckout.order.createdBy"));

        assertEquals(3, stock.onHand(shop.warehouse(), tea));
        assertEquals(4, stock.onHand(shop.warehouse(), cup));
        assertEquals(-2, stock.ledgerDelta(shop.warehouse(), tea, "SALE"));
        assertEquals(0, stock.ledgerMismatches());
        assertThat(client.run("retail/customerOrders", vars("id", member)).getList("data.customer.orders.edges.node.id"), contains(order));
        assertThat(client.run("retail/orders", vars("where", Map.of("storeId", gid(shop.store()), "skuId", sku(cup))))
                .getList("data.orders.edges.node.id"), contains(order));
        // The coupon could be redeemed once: it is used up now.
        String next = cart(shop, tea, 1);
        JsonPath usedUp = client.run("retail/cartUpdate", vars("id", next, "version", 1, "input", Map.of("couponCodes", List.of(code),
                "lines", List.of(fields("skuId", sku(tea), "quantity", 1)))));
        assertThat(usedUp.getList("data.cartUpdate.cart.pricingProblems.code"), contains("COUPON_INVALID"));
        assertThat(client.run("retail/cartCheckout", vars("id", next, "tenders", List.of(tender("CASH", "9.90", null))))
                .getList("data.cartCheckout.userErrors.code"), contains("COUPON_INVALID"));
    }

    @Test
    @TestSecurity(user = "clerk-retry", roles = "sales-clerk")
    void aCheckoutReplayedFiftyTimesAtOnceSellsOnce() throws Exception {
        Shop shop = retail.shop("Retry POS Co", "clerk-retry");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 10);
        String cart = cart(shop, tea, 3);
        List<Callable<String>> retries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            retries.add(() -> {
                JsonPath result = client.run("retail/cartCheckout", vars("id", cart, "key", "till-1-" + cart,
                        "tenders", List.of(tender("WECHAT_PAY", "29.70", "WX-1"))));
                assertThat(result.prettify(), result.getList("errors"), nullValue());
                assertThat(result.prettify(), result.getList("data.cartCheckout.userErrors"), empty());
                return result.getString("data.cartCheckout.order.id");
            });
        }
        assertEquals(1, new HashSet<>(concurrently(16, retries)).size());
        assertEquals(1, retail.orderCount(shop.store()));
        assertEquals(7, stock.onHand(shop.warehouse(), tea));
        assertEquals(1, stock.ledgerRows(shop.warehouse(), tea, "SALE"));
    }

    @Test
    @TestSecurity(user = "clerk-race", roles = "sales-clerk")
    void twoClerksSellingTheLastUnitAtOnceSellItOnce() throws Exception {
        Shop shop = retail.shop("Race POS Co", "clerk-race");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 1);
        List<String> carts = List.of(cart(shop, tea, 1), cart(shop, tea, 1));
        List<Callable<String>> tills = new ArrayList<>();
        for (String cart : carts) {
            tills.add(() -> {
                JsonPath result = client.run("retail/cartCheckout", vars("id", cart, "tenders", List.of(tender("CASH", "9.90", null))));
                assertThat(result.prettify(), result.getList("errors"), nullValue());
                List<String> codes = result.getList("data.cartCheckout.userErrors.code");
                return codes.isEmpty() ? "SOLD" : codes.get(0);
            });
        }
        List<String> outcomes = concurrently(2, tills);
        assertThat(outcomes, hasItem("SOLD"));
        assertThat(outcomes, hasItem("INSUFFICIENT_STOCK"));
        assertEquals(0, stock.onHand(shop.warehouse(), tea));
        assertEquals(1, retail.orderCount(shop.store()));
    }

    @Test
    @TestSecurity(user = "clerk-bad", roles = "sales-clerk")
    void badCheckoutsChangeNothing() {
        Shop shop = retail.shop("Bad POS Co", "clerk-bad");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        String cart = cart(shop, tea, 1);

        assertThat(checkoutErrors(cart, tender("CASH", "5.00", null)), contains("TENDERS_MISMATCH"));
        assertThat(checkoutErrors(cart, tender("BANK_CARD", "10.00", "S-1")), contains("TENDERS_MISMATCH"));
        assertThat(checkoutErrors(cart, tender("BANK_CARD", "9.90", null)), contains("REFERENCE_REQUIRED"));
        assertThat(checkoutErrors(cart, tender("CASH", "0", null)), contains("INVALID_VALUE"));
        assertThat(checkoutErrors(cart(shop)), contains("REQUIRED"));
        assertThat(checkoutErrors(cart(shop), tender("CASH", "1.00", null)), contains("EMPTY_CART"));

        JsonPath noReason = client.run("retail/cartUpdate", vars("id", cart, "version", 1, "input", Map.of("lines",
                List.of(fields("skuId", sku(tea), "quantity", 1, "lineDiscount", "1.00")))));
        assertThat(noReason.getList("data.cartUpdate.userErrors.code"), contains("REQUIRED"));
        assertThat(client.run("retail/cartUpdate", vars("id", cart, "version", 1, "input", Map.of("lines",
                List.of(fields("barcode", "NO-SUCH-BARCODE", "quantity", 1))))).getList("data.cartUpdate.userErrors.code"), contains("UNKNOWN_SKU"));
        assertThat(client.run("retail/cartUpdate", vars("id", cart, "version", 0, "input", Map.of("lines",
                List.of(fields("skuId", sku(tea), "quantity", 2))))).getList("data.cartUpdate.userErrors.code"), contains("STALE_VERSION"));

        pool.preparedQuery("UPDATE sku SET status = 'INACTIVE' WHERE id = $1").execute(Tuple.of(tea)).await().indefinitely();
        assertThat(checkoutErrors(cart, tender("CASH", "9.90", null)), contains("SKU_INACTIVE"));
        assertThat(client.run("retail/cartUpdate", vars("id", cart, "version", 1, "input", Map.of("lines",
                List.of(fields("skuId", sku(tea), "quantity", 1))))).getList("data.cartUpdate.userErrors.code"), contains("SKU_INACTIVE"));
        assertEquals(5, stock.onHand(shop.warehouse(), tea));
        assertEquals(0, retail.orderCount(shop.store()));

        // Another company's store is out of this clerk's reach.
        long foreign = orgs.store(orgs.company("Foreign POS Co"), "Foreign POS Store");
        stock.warehouse(foreign);
        assertThat(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(foreign)))).getList("data.cartCreate.userErrors.code"),
                contains("NOT_FOUND"));

        // A malformed ID is reported at the field that carried it.
        JsonPath badStore = client.run("retail/cartCreate", vars("input", Map.of("storeId", "not-an-id")));
        assertThat(badStore.prettify(), badStore.getList("data.cartCreate.userErrors.code"), contains("INVALID_ID"));
        assertEquals(List.of("input", "storeId"), badStore.getList("data.cartCreate.userErrors[0].field"));
        JsonPath badSku = client.run("retail/cartUpdate", vars("id", cart, "version", 1, "input", Map.of("lines",
                List.of(fields("skuId", sku(tea), "quantity", 1), fields("skuId", gid(shop.store()), "quantity", 1)))));
        assertThat(badSku.prettify(), badSku.getList("data.cartUpdate.userErrors.code"), contains("INVALID_ID"));
        assertEquals(List.of("input", "lines", "1", "skuId"), badSku.getList("data.cartUpdate.userErrors[0].field"));
    }

    @Test
    @TestSecurity(user = "clerk-pick", roles = "sales-clerk")
    void aPickupOrderReservesStockIsPaidOnPickupAndFulfilledOrCancelled() {
        Shop shop = retail.shop("Pickup Co", "clerk-pick");
        long tea = stock.sku();
        stock.receive(shop.warehouse(), tea, 5);
        String pickupBy = java.time.OffsetDateTime.now().plusDays(2).toString();

        JsonPath placed = ok(client.run("retail/pickupPlace", vars("id", cart(shop, tea, 2), "input", Map.of("pickupBy", pickupBy))),
                "cartPlacePickupOrder");
        String order = placed.getString("data.cartPlacePickupOrder.order.id");
        assertEquals("PICKUP", placed.getString("data.cartPlacePickupOrder.order.kind"));
        assertEquals("PENDING_PAYMENT", placed.getString("data.cartPlacePickupOrder.order.status"));
        assertEquals(5, stock.onHand(shop.warehouse(), tea));
        assertEquals(2, stock.reserved(shop.warehouse(), tea));
        // Only 3 are available now: a till sale of 4 fails.
        assertThat(checkoutErrors(cart(shop, tea, 4), tender("CASH", "39.60", null)), contains("INSUFFICIENT_STOCK"));
        long cake = stock.sku();
        stock.receive(shop.warehouse(), cake, 5);
        JsonPath shortLine = client.run("retail/cartCheckout", vars("id", cart(shop, cake, 1, tea, 4), "tenders",
                List.of(tender("CASH", "100.00", null))));
        assertEquals("INSUFFICIENT_STOCK", shortLine.getString("data.cartCheckout.userErrors[0].code"));
        assertEquals(List.of("id"), shortLine.getList("data.cartCheckout.userErrors[0].field"));
        String teaCode = pool.preparedQuery("SELECT code FROM sku WHERE id = $1").execute(Tuple.of(tea)).await().indefinitely()
                .iterator().next().getString(0);
        assertThat(shortLine.getString("data.cartCheckout.userErrors[0].message"), allOf(containsString("SKU " + teaCode + " "),
                containsString("cart line 2")));

        assertThat(client.run("retail/orderFulfill", vars("id", order, "version", 0)).getList("data.orderFulfill.userErrors.code"),
                contains("INVALID_STATUS"));
        assertThat(client.run("retail/orderPay", vars("id", order, "version", 0, "tenders", List.of(tender("CASH", "10.00", null))))
                .getList("data.orderPay.userErrors.code"), contains("TENDERS_MISMATCH"));
        JsonPath paid = ok(client.run("retail/orderPay", vars("id", order, "version", 0, "tenders",
                List.of(tender("WECHAT_PAY", "19.80", "WX-9")))), "orderPay");
        assertEquals("PAID", paid.getString("data.orderPay.order.status"));
        JsonPath fulfilled = ok(client.run("retail/orderFulfill", vars("id", order, "version", 1)), "orderFulfill");
        assertEquals("COMPLETED", fulfilled.getString("data.orderFulfill.order.status"));
        assertThat(fulfilled.getList("data.orderFulfill.order.events.type"), contains("CREATED", "PAID", "FULFILLED", "COMPLETED"));
        assertEquals(3, stock.onHand(shop.warehouse(), tea));
        assertEquals(0, stock.reserved(shop.warehouse(), tea));
        assertThat(client.run("retail/orderCancel", vars("id", order, "version", 2)).getList("data.orderCancel.userErrors.code"),
                contains("INVALID_STATUS"));

        String unpaid = ok(client.run("retail/pickupPlace", vars("id", cart(shop, tea, 1), "input", Map.of("pickupBy", pickupBy))),
                "cartPlacePickupOrder").getString("data.cartPlacePickupOrder.order.id");
        assertEquals(1, stock.reserved(shop.warehouse(), tea));
        JsonPath cancelled = ok(client.run("retail/orderCancel", vars("id", unpaid, "version", 0)), "orderCancel");
        assertEquals("CANCELLED", cancelled.getString("data.orderCancel.order.status"));
        assertEquals(0, stock.reserved(shop.warehouse(), tea));
        assertEquals(3, stock.onHand(shop.warehouse(), tea));
        assertEquals(0, stock.ledgerMismatches());

        // Paid but never collected: cancelling refunds the tenders (cash net of change) and releases the stock.
        String paidNotCollected = ok(client.run("retail/pickupPlace", vars("id", cart(shop, tea, 1), "input", Map.of("pickupBy", pickupBy))),
                "cartPlacePickupOrder").getString("data.cartPlacePickupOrder.order.id");
        ok(client.run("retail/orderPay", vars("id", paidNotCollected, "version", 0, "tenders", List.of(tender("CASH", "20.00", null)))), "orderPay");
        JsonPath refunded = ok(client.run("retail/orderCancel", vars("id", paidNotCollected, "version", 1)), "orderCancel");
        assertEquals("CANCELLED", refunded.getString("data.orderCancel.order.status"));
        assertEquals("REFUNDED", refunded.getString("data.orderCancel.order.returns[0].status"));
        assertEquals("9.90", refunded.getString("data.orderCancel.order.returns[0].refundTotal.amount"));
        assertThat(refunded.getList("data.orderCancel.order.returns[0].refunds.tender"), contains("CASH"));
        assertThat(refunded.getList("data.orderCancel.order.returns[0].refunds.amount.amount"), contains("9.90"));
        assertThat(refunded.getList("data.orderCancel.order.events.type"), contains("CREATED", "PAID", "CANCELLED"));
        assertEquals(0, stock.reserved(shop.warehouse(), tea));
        assertEquals(3, stock.onHand(shop.warehouse(), tea));
        assertEquals(0, stock.ledgerMismatches());
        assertThat(client.run("retail/orders", vars("where", Map.of("storeId", gid(shop.store())), "sortBy", "OLDEST_FIRST"))
                .getList("data.orders.edges.node.id"), contains(order, unpaid, paidNotCollected));
        assertThat(client.run("retail/orders", vars("where", Map.of("storeId", gid(shop.store()), "status", "CANCELLED")))
                .getList("data.orders.edges.node.id"), contains(paidNotCollected, unpaid));
        assertThat(client.run("retail/orders", vars("where", Map.of("storeId", gid(shop.store()))))
                .getList("data.orders.edges.node.id"), contains(paidNotCollected, unpaid, order));
        assertThat(client.run("retail/pickupPlace", vars("id", cart(shop, tea, 1), "input", Map.of("pickupBy",
                java.time.OffsetDateTime.now().minusHours(1).toString()))).getList("data.cartPlacePickupOrder.userErrors.code"),
                contains("INVALID_VALUE"));
    }

    private List<String> checkoutErrors(String cart, Map<?, ?>... tenders) {
        JsonPath result = client.run("retail/cartCheckout", vars("id", cart, "tenders", List.of(tenders)));
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        assertThat(result.getString("data.cartCheckout.order"), nullValue());
        return result.getList("data.cartCheckout.userErrors.code");
    }
}
