package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Core flow 2: a return with a manager's approval, refund by tender, restock sellable and damaged goods. */
@QuarkusTest
class ReturnGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    private static Map<String, Object> tender(String tender, String amount, String reference) {
        Map<String, Object> t = new HashMap<>(Map.of("tender", tender, "amount", amount));
        if (reference != null) {
            t.put("reference", reference);
        }
        return t;
    }

    private static Map<String, Object> returned(int lineNo, int quantity, String condition) {
        return Map.of("lineNo", lineNo, "quantity", quantity, "condition", condition);
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
        assertThat(client.run("retail/returnRefund", vars("id", id, "version", 2)).getList("data.orderReturnRefund.userErrors.code"),
                contains("INVALID_STATUS"));
    }

    @Test
    @TestSecurity(user = "clerk-r", roles = "sales-clerk")
    void aSmallReturnIsApprovedWhenRequestedAndRefundsTheRestInCash() {
        long store = orgs.store(orgs.company("Small Return Co"), "Small Return Store");
        orgs.bind("clerk-r", store, "SHOPPING_GUIDE");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        stock.receive(warehouse, tea, 5);
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
        long store = orgs.store(orgs.company("Shift Co"), "Shift Store");
        orgs.bind("cashier-s", store, "SHOPPING_GUIDE");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        stock.receive(warehouse, tea, 10);
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
