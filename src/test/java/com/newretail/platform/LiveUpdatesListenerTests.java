package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.Management;
import com.newretail.platform.events.DatabaseEvents;
import com.newretail.platform.events.LiveUpdatesInterruptedException;
import com.newretail.support.GraphQLClient;
import com.newretail.support.GraphQLSubscriber;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The live-updates listener never leaves a subscriber silently stale: when its connection is lost
 * every subscriber is told (an error with the code live-updates-interrupted), readiness reports it,
 * and it reconnects on its own — also when the database was not there for its very first connect.
 */
@QuarkusTest
class LiveUpdatesListenerTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "clerk-gap", roles = "sales-clerk")
    void aLostListenerConnectionIsToldToSubscribersAndHealsItself() {
        long store = orgs.store(orgs.dealer(orgs.company("Gap Co"), "Gap Dealer"), "Gap Store");
        orgs.bind("clerk-gap", store, "SHOPPING_GUIDE");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        stock.receive(warehouse, tea, 50);

        try (GraphQLSubscriber dashboard = GraphQLSubscriber.connect(null)) {
            String orders = dashboard.subscribe("retail/orderPlaced", vars("storeId", gid(store)));
            sellUntilHeard(dashboard, orders, store, tea);

            int terminated = pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + DatabaseEvents.APPLICATION_NAME + "'").execute().await().atMost(Duration.ofSeconds(10)).size();
            assertEquals(1, terminated, "one listener session");

            JsonPath told = dashboard.next(orders, WAIT);
            assertNotNull(told, "the subscriber was not told of the lost listener");
            assertEquals("next", told.getString("type"), told.prettify());
            assertEquals("live-updates-interrupted", told.getString("payload.errors[0].extensions.code"), told.prettify());
            assertNull(told.get("payload.data"), "the gap message carries no (stale) order: " + told.prettify());
            JsonPath ended = dashboard.next(orders, WAIT);
            assertNotNull(ended, "the interrupted subscription did not end");
            assertEquals("complete", ended.getString("type"), ended.prettify());

            // Readiness follows the listener; it comes back by itself within the reconnect delay.
            await().atMost(WAIT).until(() -> given().get(Management.url("/q/health/ready")).statusCode() == 200);
            JsonPath health = given().get(Management.url("/q/health/ready")).then().extract().jsonPath();
            assertEquals("UP", health.getString("checks.find { it.name == 'Live updates listener' }.status"), health.prettify());

            String again = dashboard.subscribe("retail/orderPlaced", vars("storeId", gid(store)));
            sellUntilHeard(dashboard, again, store, tea);
        }
    }

    @Test
    void aListenerWhoseFirstConnectFailsKeepsTryingAndThenDelivers() throws Exception {
        int port = freePort();
        DatabaseEvents events = new DatabaseEvents(vertx, Optional.of("postgresql://127.0.0.1:" + port + "/postgres"),
                Optional.of("postgres"), Optional.of("postgres"));
        try {
            events.listen("newretail_test_channel");
            AtomicReference<Throwable> refused = new AtomicReference<>();
            events.stream("newretail_test_channel").subscribe().with(item -> { }, refused::set);
            assertFalse(events.live());
            await().atMost(WAIT).until(() -> refused.get() != null);
            assertEquals(LiveUpdatesInterruptedException.class, refused.get().getClass());

            Path base = Path.of(System.getProperty("newretail.project.dir", ".")).resolve("target/test-postgres");
            try (EmbeddedPostgres late = EmbeddedPostgres.builder().setOverrideWorkingDirectory(base.resolve("work").toFile())
                    .setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start()) {
                await().atMost(WAIT).until(events::live);
                BlockingQueue<JsonObject> heard = new LinkedBlockingQueue<>();
                events.stream("newretail_test_channel").subscribe().with(heard::add);
                try (Connection sql = late.getPostgresDatabase().getConnection(); Statement notify = sql.createStatement()) {
                    notify.execute("NOTIFY newretail_test_channel, '{\"n\": 1}'");
                }
                JsonObject event = heard.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertNotNull(event, "no notification after the late connect");
                assertEquals(1, event.getInteger("n"));
            }
        } finally {
            events.close();
        }
    }

    private void sellUntilHeard(GraphQLSubscriber dashboard, String subscription, long store, long tea) {
        // graphql-transport-ws does not acknowledge a subscribe: sell until the subscription hears one.
        for (int attempt = 0; attempt < 10; attempt++) {
            String cart = ok(client.run("retail/cartCreate", vars("input", Map.of("storeId", gid(store), "lines", List.of(
                    Map.of("skuId", sku(tea), "quantity", 1))))), "cartCreate").getString("data.cartCreate.cart.id");
            ok(client.run("retail/cartCheckout", vars("id", cart, "key", "gap-" + cart,
                    "tenders", List.of(Map.of("tender", "CASH", "amount", "9.90")))), "cartCheckout");
            JsonPath heard = dashboard.next(subscription, Duration.ofSeconds(2));
            if (heard != null) {
                assertEquals("next", heard.getString("type"), heard.prettify());
                return;
            }
        }
        throw new AssertionError("the subscription heard none of 10 sales");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
