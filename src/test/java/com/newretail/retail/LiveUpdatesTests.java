package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static com.newretail.support.OrgFixtures.gid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.GraphQLSubscriber;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Subscriptions over graphql-transport-ws: a store dashboard hears of a sale and of the stock it
 * took once the checkout commits, and a store outside the caller's scope yields nothing. (The same
 * with real Keycloak tokens in the connection_init payload: LiveUpdatesIT.)
 */
@QuarkusTest
class LiveUpdatesTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "clerk-live", roles = "sales-clerk")
    void aDashboardHearsOfTheSaleAndTheStockItTookButNotOfOtherStores() {
        long store = orgs.store(orgs.dealer(orgs.company("Live Co"), "Live Dealer"), "Live Store");
        orgs.bind("clerk-live", store, "SHOPPING_GUIDE");
        long warehouse = stock.warehouse(store);
        long foreignStore = orgs.store(orgs.dealer(orgs.company("Far Co"), "Far Dealer"), "Far Store");
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(warehouse, tea, 5);
        stock.receive(warehouse, cup, 5);

        try (GraphQLSubscriber dashboard = GraphQLSubscriber.connect(null)) {
            String orders = dashboard.subscribe("retail/orderPlaced", vars("storeId", gid(store)));
            String teaStock = dashboard.subscribe("inventory/stockLevelChanged", vars("warehouseId", wh(warehouse),
                    "skuIds", List.of(sku(tea))));
            String elsewhere = dashboard.subscribe("retail/orderPlaced", vars("storeId", gid(foreignStore)));
            JsonPath refused = dashboard.next(elsewhere, WAIT);
            assertEquals("complete", refused.getString("type"), refused.prettify());

            String cart = ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(store), "lines", List.of(
                    Map.of("skuId", sku(tea), "quantity", 2), Map.of("skuId", sku(cup), "quantity", 1))))), "cartCreate")
                    .getString("data.cartCreate.cart.id");
            String order = ok(client.run("retail/cartCheckout", vars("id", cart, "key", "live-" + cart,
                    "tenders", List.of(Map.of("tender", "CASH", "amount", "29.70")))), "cartCheckout")
                    .getString("data.cartCheckout.order.id");

            JsonPath placed = nextOf(dashboard, orders);
            assertEquals(order, placed.getString("payload.data.orderPlaced.id"), placed.prettify());
            assertEquals("COMPLETED", placed.getString("payload.data.orderPlaced.status"));
            assertEquals("29.70", placed.getString("payload.data.orderPlaced.total.amount"));
            assertEquals(2, placed.getList("payload.data.orderPlaced.lines").size());
            assertEquals("CASH", placed.getString("payload.data.orderPlaced.payments[0].tender"));
            assertNull(placed.get("payload.errors"));

            // Skip the receipts' own notifications, should they still be on their way.
            JsonPath level = nextOf(dashboard, teaStock);
            while (level.getInt("payload.data.stockLevelChanged.onHand") == 5) {
                level = nextOf(dashboard, teaStock);
            }
            assertEquals(sku(tea), level.getString("payload.data.stockLevelChanged.sku.id"), level.prettify());
            assertEquals(3, level.getInt("payload.data.stockLevelChanged.onHand"));
            assertEquals(3, level.getInt("payload.data.stockLevelChanged.available"));
            // The cup's stock changed too, but this subscription asked for the tea only; one order, one change.
            assertNull(dashboard.next(teaStock, Duration.ofSeconds(2)));
            assertNull(dashboard.next(orders, Duration.ofMillis(100)));
        }
    }

    @Test
    @TestSecurity(user = "clerk-live-2", roles = "sales-clerk")
    void aSaleThatFailsSendsNothing() {
        long store = orgs.store(orgs.dealer(orgs.company("Quiet Co"), "Quiet Dealer"), "Quiet Store");
        orgs.bind("clerk-live-2", store, "SHOPPING_GUIDE");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        long cup = stock.sku();
        stock.receive(warehouse, tea, 5);

        try (GraphQLSubscriber dashboard = GraphQLSubscriber.connect(null)) {
            String orders = dashboard.subscribe("retail/orderPlaced", vars("storeId", gid(store)));
            String teaStock = dashboard.subscribe("inventory/stockLevelChanged", vars("warehouseId", wh(warehouse), "skuIds", List.of(sku(tea))));
            String cart = ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(store), "lines", List.of(
                    Map.of("skuId", sku(tea), "quantity", 2), Map.of("skuId", sku(cup), "quantity", 1))))), "cartCreate")
                    .getString("data.cartCreate.cart.id");
            JsonPath refused = client.run("retail/cartCheckout", vars("id", cart, "key", "quiet-" + cart,
                    "tenders", List.of(Map.of("tender", "CASH", "amount", "29.70"))));
            assertEquals("INSUFFICIENT_STOCK", refused.getString("data.cartCheckout.userErrors[0].code"), refused.prettify());
            // Had the tea been decremented before the cup line failed, the rollback took its notification with it.
            assertNull(dashboard.next(orders, Duration.ofSeconds(2)));
            for (JsonPath level = dashboard.next(teaStock, Duration.ofMillis(100)); level != null; level = dashboard.next(teaStock, Duration.ofMillis(100))) {
                assertEquals(5, level.getInt("payload.data.stockLevelChanged.onHand"), "only the receipt's own change, if late");
            }
        }
    }

    @Test
    @TestSecurity(user = "marketer-live", roles = "marketing-operator")
    void aRoleTheRuleDoesNotNameIsRefusedWithAnError() {
        try (GraphQLSubscriber dashboard = GraphQLSubscriber.connect(null)) {
            JsonPath refused = dashboard.next(dashboard.subscribe("retail/orderPlaced", vars("storeId", gid(1))), WAIT);
            assertNotNull(refused, "no answer");
            assertEquals("error", refused.getString("type"), refused.prettify());
            assertEquals("forbidden", refused.getString("payload[0].extensions.code"), refused.prettify());
        }
    }

    private static JsonPath nextOf(GraphQLSubscriber subscriber, String operationId) {
        JsonPath message = subscriber.next(operationId, WAIT);
        assertNotNull(message, "no event for subscription " + operationId);
        assertEquals("next", message.getString("type"), message.prettify());
        return message;
    }
}
