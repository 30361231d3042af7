package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.RetailCalls.tender;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.InventoryCalls;
import com.newretail.support.LedgerSourceCheck;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Core flow 2: a return with a manager's approval, refund by tender, restock sellable and damaged goods. */
@QuarkusTest
class ReturnGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    private static Map<String, Object> returned(int lineNo, int quantity, String condition) {
        return Map.of("lineNo", lineNo, "quantity", quantity, "condition", condition);
    }

    /** A store of a new company, the test user bound there, its selling warehouse and one SKU in stock. */
    private record Shop(long store, long warehouse, long tea) {
    }

    private Shop shop(String company, String user, String position, int stocked) {
        long store = orgs.store(orgs.company(company), company.replace(" Co", " Store"));
        orgs.bind(user, store, position);
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        stock.receive(warehouse, tea, stocked);
        return new Shop(store, warehouse, tea);
    }

    /** Sells the lines (sku, quantity, discount) at the store and returns the order ID. */
    private String sell(long store, List<Map<String, Object>> lines, Map<?, ?>... tenders) {
        String cart = ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(store), "lines", lines))), "cartCreate")
                .getString("data.cartCreate.cart.id");
        return ok(client.run("retail/cartCheckout", vars("id", cart, "tenders", List.of(tenders))), "cartCheckout")
                .getString("data.cartCheckout.order.id");
    }

    @Test
    @TestSecurity(user = "manager-r", roles = { "sales-clerk", "store-manager" })
    void aReturnIsApprovedRefundedToTheCardAndRestockedSellableAndDamaged() {
        long store = orgs.store(orgs.company("Return Co"), "Return Store");
        orgs.bind("manager-r", store, "STORE_MANAGER");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(warehouse, tea, 5);
        stock.receive(warehouse, cup, 5);
        String order = sell(store, List.of(Map.of("skuId", sku(tea), "quantity", 2), Map.of("skuId", sku(cup), "quantity", 1)),
                tender("BANK_CARD", "20.00", "SLIP-9"), tender("CASH", "10.00", null));

        JsonPath requested = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "DEFECTIVE",
                "lines", List.of(returned(1, 1, "SELLABLE"), returned(2, 1, "DAMAGED"))))), "orderReturnRequest");
        String id = requested.getString("data.orderReturnRequest.orderReturn.id");
        assertEquals("REQUESTED", requested.getString("data.orderReturnRequest.orderReturn.status"));
        assertEquals("19.80", requested.getString("data.orderReturnRequest.orderReturn.refundTotal.amount"));

        assertThat(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "DEFECTIVE",
                "lines", List.of(returned(1, 2, "SELLABLE"))))).getList("data.orderReturnRequest.userErrors.code"), contains("EXCEEDS_SOLD"));
        assertThat(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "DEFECTIVE",
                "lines", List.of(returned(9, 1, "SELLABLE"))))).getList("data.orderReturnRequest.userErrors.code"), contains("NOT_ON_ORDER"));
        assertThat(client.run("retail/returnRefund", vars("id", id, "version", 0)).getList("data.orderReturnRefund.userErrors.code"),
                contains("INVALID_STATUS"));

        // Four eyes: the manager who requested it may not approve it.
        assertThat(client.run("retail/returnApprove", vars("id", id, "version", 0)).getList("data.orderReturnApprove.userErrors.code"),
                contains("SELF_APPROVAL"));
        requestedBy(id, "clerk-on-duty");
        JsonPath approved = ok(client.run("retail/returnApprove", vars("id", id, "version", 0)), "orderReturnApprove");
        assertEquals("manager-r", approved.getString("data.orderReturnApprove.orderReturn.decidedBy"));

        assertThat(client.run("retail/returnRefund", vars("id", id, "version", 1, "input", Map.of("refunds",
                List.of(tender("ALIPAY", "19.80", "A-1"))))).getList("data.orderReturnRefund.userErrors.code"), contains("UNKNOWN_TENDER"));
        assertThat(client.run("retail/returnRefund", vars("id", id, "version", 1, "input", Map.of("refunds",
                List.of(tender("BANK_CARD", "10.00", "R-1"))))).getList("data.orderReturnRefund.userErrors.code"), contains("REFUND_MISMATCH"));
        assertThat(client.run("retail/returnRefund", vars("id", id, "version", 1)).getList("data.orderReturnRefund.userErrors.code"),
                contains("NO_DAMAGED_WAREHOUSE"));
        assertEquals(3, stock.onHand(warehouse, tea));

        long damaged = stock.warehouse(store, "DAMAGED");
        JsonPath refunded = ok(client.run("retail/returnRefund", vars("id", id, "version", 1)), "orderReturnRefund");
        assertEquals("REFUNDED", refunded.getString("data.orderReturnRefund.orderReturn.status"));
        assertThat(refunded.getList("data.orderReturnRefund.orderReturn.refunds.tender"), contains("BANK_CARD"));
        assertThat(refunded.getList("data.orderReturnRefund.orderReturn.refunds.amount.amount"), contains("19.80"));
        assertThat(refunded.getList("data.orderReturnRefund.orderReturn.order.events.type"),
                hasItems("COMPLETED", "RETURN_REQUESTED", "RETURN_APPROVED", "REFUNDED"));
        assertEquals(4, stock.onHand(warehouse, tea));
        assertEquals(4, stock.onHand(warehouse, cup));
        assertEquals(1, stock.onHand(damaged, cup));
        assertEquals(1, stock.ledgerDelta(damaged, cup, "RETURN"));
        assertEquals(0, stock.ledgerMismatches());
        LedgerSourceCheck.Result sources = LedgerSourceCheck.check(client, List.of(warehouse, damaged));
        assertEquals(List.of(), sources.problems());
        assertThat(sources.sourceTypes(), hasItems("Order", "OrderReturn"));
        assertThat(client.run("retail/returnRefund", vars("id", id, "version", 2)).getList("data.orderReturnRefund.userErrors.code"),
                contains("INVALID_STATUS"));
    }

    @Test
    @TestSecurity(user = "splitter", roles = { "sales-clerk", "store-manager" })
    void theApprovalThresholdAppliesToWhatTheOrderHasReturnedSoFar() {
        Shop shop = shop("Split Return Co", "splitter", "STORE_MANAGER", 5);
        long store = shop.store();
        long warehouse = shop.warehouse();
        long tea = shop.tea();
        // Two units at 3.00 each; the test threshold is 5.00.
        String order = sell(store, List.of(Map.of("skuId", sku(tea), "quantity", 2, "lineDiscount", "13.80", "discountReason", "Bundle")),
                tender("CASH", "6.00", null));
        JsonPath first = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "CHANGED_MIND",
                "lines", List.of(returned(1, 1, "SELLABLE"))))), "orderReturnRequest");
        assertEquals("APPROVED", first.getString("data.orderReturnRequest.orderReturn.status"));
        JsonPath second = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "CHANGED_MIND",
                "lines", List.of(returned(1, 1, "SELLABLE"))))), "orderReturnRequest");
        assertEquals("3.00", second.getString("data.orderReturnRequest.orderReturn.refundTotal.amount"));
        assertEquals("REQUESTED", second.getString("data.orderReturnRequest.orderReturn.status"),
                "6.00 returned in two parts exceeds the 5.00 threshold like one return of 6.00 would");
    }

    @Test
    @TestSecurity(user = "refund-racer", roles = { "sales-clerk", "store-manager" })
    void twentyConcurrentRefundsOfOneOrderNeverRefundMoreThanATenderPaid() throws Exception {
        Shop shop = shop("Refund Race Co", "refund-racer", "STORE_MANAGER", 20);
        long store = shop.store();
        long warehouse = shop.warehouse();
        long tea = shop.tea();
        String order = sell(store, List.of(Map.of("skuId", sku(tea), "quantity", 20)),
                tender("BANK_CARD", "100.00", "SLIP-20"), tender("CASH", "98.00", null));
        List<String> returns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "DEFECTIVE",
                    "lines", List.of(returned(1, 1, "SELLABLE"))))), "orderReturnRequest").getString("data.orderReturnRequest.orderReturn.id");
            returns.add(id);
        }
        // Approved by another manager (approval is tested above); each asks 9.90 back to the card.
        pool.preparedQuery("UPDATE order_return SET status = 'APPROVED', decided_by = 'other-manager', decided_at = now(), version = 1 "
                + "WHERE order_id = $1 AND status = 'REQUESTED'").execute(Tuple.of(GlobalId.decode(order, "Order"))).await().indefinitely();
        List<Callable<String>> refunds = returns.stream().<Callable<String>>map(id -> () -> {
            JsonPath result = client.run("retail/returnRefund", vars("id", id, "version", 1, "input",
                    Map.of("refunds", List.of(tender("BANK_CARD", "9.90", "R-" + id)))));
            List<String> codes = result.getList("data.orderReturnRefund.userErrors.code");
            return codes == null ? result.prettify() : codes.isEmpty() ? "REFUNDED" : codes.get(0);
        }).toList();
        List<String> outcomes = InventoryCalls.concurrently(20, refunds);

        BigDecimal toCard = new BigDecimal(pool.preparedQuery("SELECT coalesce(sum(f.amount), 0)::text FROM refund f JOIN order_return r "
                + "ON r.id = f.return_id WHERE r.order_id = $1 AND f.tender = 'BANK_CARD'").execute(Tuple.of(GlobalId.decode(order, "Order")))
                .await().indefinitely().iterator().next().getString(0));
        assertThat(outcomes.toString(), toCard, lessThanOrEqualTo(new BigDecimal("100.00")));
        assertEquals(10, outcomes.stream().filter("REFUNDED"::equals).count(), outcomes.toString());
        assertEquals(10, outcomes.stream().filter("UNKNOWN_TENDER"::equals).count(), outcomes.toString());
        assertEquals(0, stock.ledgerMismatches());
    }

    private void requestedBy(String returnId, String requester) {
        pool.preparedQuery("UPDATE order_return SET requested_by = $2 WHERE id = $1")
                .execute(Tuple.of(GlobalId.decode(returnId, "OrderReturn"), requester)).await().indefinitely();
    }

    @Test
    @TestSecurity(user = "clerk-r", roles = "sales-clerk")
    void aSmallReturnIsApprovedWhenRequestedAndRefundsTheRestInCash() {
        Shop shop = shop("Small Return Co", "clerk-r", "SHOPPING_GUIDE", 5);
        long store = shop.store();
        long warehouse = shop.warehouse();
        long tea = shop.tea();
        String order = sell(store, List.of(Map.of("skuId", sku(tea), "quantity", 1, "lineDiscount", "5.90", "discountReason", "Last one")),
                tender("CASH", "5.00", null));
        JsonPath requested = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "CHANGED_MIND",
                "lines", List.of(returned(1, 1, "SELLABLE"))))), "orderReturnRequest");
        assertEquals("APPROVED", requested.getString("data.orderReturnRequest.orderReturn.status"));
        assertEquals("4.00", requested.getString("data.orderReturnRequest.orderReturn.refundTotal.amount"));
        // A clerk may not approve; here the return needed no approval, so the clerk refunds: cash net of the change.
        JsonPath refunded = ok(client.run("retail/returnRefund", vars("id", requested.getString("data.orderReturnRequest.orderReturn.id"),
                "version", 0)), "orderReturnRefund");
        assertThat(refunded.getList("data.orderReturnRefund.orderReturn.refunds.amount.amount"), contains("4.00"));
        assertEquals(5, stock.onHand(warehouse, tea));
    }

    @Test
    @TestSecurity(user = "cashier-s", roles = "sales-clerk")
    void aShiftSummarySalesByTenderRefundsCashMovesAndTheVariance() {
        Shop shop = shop("Shift Co", "cashier-s", "SHOPPING_GUIDE", 10);
        long store = shop.store();
        long warehouse = shop.warehouse();
        long tea = shop.tea();
        String shift = ok(client.run("retail/shiftOpen", vars("input", Map.of("storeId", gid(store), "openingFloat", "100.00"))), "shiftOpen")
                .getString("data.shiftOpen.shift.id");
        assertThat(client.run("retail/shiftOpen", vars("input", Map.of("storeId", gid(store), "openingFloat", "50.00")))
                .getList("data.shiftOpen.userErrors.code"), contains("INVALID_STATUS"));

        sell(store, List.of(Map.of("skuId", sku(tea), "quantity", 1)), tender("CASH", "20.00", null));
        String order = sell(store, List.of(Map.of("skuId", sku(tea), "quantity", 2)), tender("ALIPAY", "19.80", "ALI-1"));
        String returned = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "OTHER",
                "lines", List.of(returned(1, 1, "SELLABLE"))))), "orderReturnRequest").getString("data.orderReturnRequest.orderReturn.id");
        assertThat(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "OTHER",
                "lines", List.of(returned(1, 1, "SELLABLE"))))).getList("data.orderReturnRequest.userErrors"), org.hamcrest.Matchers.empty());
        // 9.90 > the test threshold (5.00): it waits for a manager, so this cashier cannot refund it yet.
        assertThat(client.run("retail/returnRefund", vars("id", returned, "version", 0)).getList("data.orderReturnRefund.userErrors.code"),
                contains("INVALID_STATUS"));
        ok(client.run("retail/shiftCashMove", vars("id", shift, "input", Map.of("kind", "CASH_OUT", "amount", "50.00", "reason", "Bank drop"))),
                "shiftCashMove");
        assertThat(client.run("retail/shiftCashMove", vars("id", shift, "input", Map.of("kind", "CASH_IN", "amount", "-1", "reason", "x")))
                .getList("data.shiftCashMove.userErrors.code"), contains("INVALID_VALUE"));

        JsonPath closed = ok(client.run("retail/shiftClose", vars("id", shift, "version", 1, "input", Map.of("countedCash", "59.00",
                "note", "One coin short"))), "shiftClose");
        // 100 float + 9.90 cash sale (20.00 tendered, 10.10 change) − 50 out = 59.90 expected; 59.00 counted.
        assertEquals("CLOSED", closed.getString("data.shiftClose.shift.status"));
        assertEquals(2, closed.getInt("data.shiftClose.shift.orders"));
        assertEquals("59.90", closed.getString("data.shiftClose.shift.expectedCash.amount"));
        assertEquals("-0.90", closed.getString("data.shiftClose.shift.variance.amount"));
        assertThat(closed.getList("data.shiftClose.shift.salesByTender.tender"), contains("ALIPAY", "CASH"));
        assertThat(closed.getList("data.shiftClose.shift.salesByTender.amount.amount"), contains("19.80", "9.90"));
        assertThat(client.run("retail/shiftClose", vars("id", shift, "version", 2, "input", Map.of("countedCash", "1.00")))
                .getList("data.shiftClose.userErrors.code"), contains("INVALID_STATUS"));
    }
}
