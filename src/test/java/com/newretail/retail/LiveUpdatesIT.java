package com.newretail.retail;

import static com.newretail.support.GraphQLClient.vars;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.GraphQLSubscriber;
import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * Store dashboards over graphql-transport-ws against the packaged app and a real Keycloak: the
 * token travels in the connection_init payload (as from a browser); a clerk of the store and
 * headquarters hear of a sale once it commits, a clerk of another store does not, and a socket
 * without a token gets no data.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class LiveUpdatesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void onlyCallersWhoseScopeHoldsTheStoreHearOfItsSales() {
        ItSetup setup = new ItSetup();
        String company = setup.orgUnit("SALES_COMPANY", "Live IT Co", setup.headquarters());
        String store = setup.orgUnit("STORE", "Live IT Store", company);
        String otherStore = setup.orgUnit("STORE", "Live IT Other Store", company);
        String warehouse = setup.warehouse(store, "STORE");
        String tea = setup.sku("12.50");
        setup.receive(warehouse, tea, 5);
        String clerk = setup.signedInStaff(store, "SHOPPING_GUIDE");
        String otherClerk = setup.signedInStaff(otherStore, "SHOPPING_GUIDE");

        try (GraphQLSubscriber mine = GraphQLSubscriber.connect(clerk);
                GraphQLSubscriber headquarters = GraphQLSubscriber.connect(Tokens.password("hq-admin"));
                GraphQLSubscriber theirs = GraphQLSubscriber.connect(otherClerk);
                GraphQLSubscriber anonymous = GraphQLSubscriber.connect(null)) {
            String myOrders = mine.subscribe("retail/orderPlaced", vars("storeId", store));
            String myStock = mine.subscribe("inventory/stockLevelChanged", vars("warehouseId", warehouse, "skuIds", List.of(tea)));
            String hqOrders = headquarters.subscribe("retail/orderPlaced", vars("storeId", store));
            String theirOrders = theirs.subscribe("retail/orderPlaced", vars("storeId", store));
            String theirStock = theirs.subscribe("inventory/stockLevelChanged", vars("warehouseId", warehouse));
            String noToken = anonymous.subscribe("retail/orderPlaced", vars("storeId", store));

            // Out of scope: the subscription completes at once, with nothing in it.
            assertEquals("complete", theirs.next(theirOrders, WAIT).getString("type"));
            assertEquals("complete", theirs.next(theirStock, WAIT).getString("type"));
            JsonPath refused = anonymous.next(noToken, WAIT);
            assertEquals("error", refused.getString("type"), refused.prettify());
            assertNull(refused.get("payload[0].data"));

            GraphQLClient till = GraphQLClient.withToken(clerk);
            JsonPath cart = till.run("retail/cartCreate", vars("input", Map.of("storeId", store,
                    "lines", List.of(Map.of("skuId", tea, "quantity", 2)))));
            String cartId = cart.getString("data.cartCreate.cart.id");
            assertNotNull(cartId, cart.prettify());
            JsonPath sold = till.run("retail/cartCheckout", vars("id", cartId, "key", "it-live-" + cartId,
                    "tenders", List.of(Map.of("tender", "CASH", "amount", "25.00"))));
            String order = sold.getString("data.cartCheckout.order.id");
            assertNotNull(order, sold.prettify());

            assertEquals(order, event(mine, myOrders).getString("payload.data.orderPlaced.id"));
            assertEquals(order, event(headquarters, hqOrders).getString("payload.data.orderPlaced.id"));
            JsonPath level = event(mine, myStock);
            while (level.getInt("payload.data.stockLevelChanged.onHand") == 5) {
                level = event(mine, myStock); // the receipt's own change, arriving late
            }
            assertEquals(3, level.getInt("payload.data.stockLevelChanged.onHand"));
            assertNull(anonymous.next(noToken, Duration.ofSeconds(1)));
        }
    }

    @Test
    void oneUserHoldsAtMostTenLiveSocketsPerPod() {
        ItSetup setup = new ItSetup();
        String store = setup.orgUnit("STORE", "Socket Cap Store", setup.orgUnit("SALES_COMPANY", "Socket Cap Co", setup.headquarters()));
        String clerk = setup.signedInStaff(store, "SHOPPING_GUIDE");
        String otherClerk = setup.signedInStaff(store, "SHOPPING_GUIDE");
        List<GraphQLSubscriber> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                open.add(GraphQLSubscriber.connect(clerk));
            }
            try (GraphQLSubscriber eleventh = GraphQLSubscriber.open()) {
                eleventh.init(clerk);
                JsonPath refused = eleventh.next("", WAIT);
                assertNotNull(refused, "no answer to the eleventh socket");
                assertEquals("closed", refused.getString("type"), refused.prettify());
                assertEquals(1008, refused.getInt("code"), refused.prettify());
            }
            // Someone else is not held back by this user's sockets.
            open.add(GraphQLSubscriber.connect(otherClerk));
            // A socket given back makes room again.
            open.remove(0).close();
            await().atMost(WAIT).untilAsserted(() -> open.add(GraphQLSubscriber.connect(clerk)));
        } finally {
            open.forEach(GraphQLSubscriber::close);
        }
    }

    private static JsonPath event(GraphQLSubscriber subscriber, String operationId) {
        JsonPath message = subscriber.next(operationId, WAIT);
        assertNotNull(message, "no event for " + operationId);
        assertEquals("next", message.getString("type"), message.prettify());
        assertNull(message.get("payload.errors"), message.prettify());
        return message;
    }
}
