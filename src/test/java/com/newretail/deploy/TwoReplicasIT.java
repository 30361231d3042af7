package com.newretail.deploy;

import static com.newretail.support.GraphQLClient.vars;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.newretail.support.Management;
import com.newretail.support.GraphQLClient;
import com.newretail.support.GraphQLSubscriber;
import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;
import com.newretail.support.SecondInstance;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Two replicas of the packaged app on one database and one Keycloak, as behind a load balancer:
 * the webhook outbox is worked by both and still delivers each event once, an idempotency key used
 * on one replica holds on the other (also when both get the same request at the same moment), and a
 * subscriber connected to one replica hears of a sale made through the other.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = TwoReplicasIT.Settings.class, restrictToAnnotatedClass = true)
class TwoReplicasIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern DELIVERED = Pattern.compile("newretail_webhooks_attempts_total\\{[^}]*outcome=\"delivered\"[^}]*} ([0-9.E]+)");

    /** What both replicas run with: webhooks to the test's loopback receiver, passes often and in small batches so both take part. */
    public static class Settings implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("newretail.webhooks.allow-insecure", "true", "newretail.webhooks.allow-private-targets", "true",
                    "newretail.webhooks.every", "0.2s", "newretail.webhooks.batch-size", "2");
        }

        @Override
        public void stop() {
        }
    }

    private static final List<JsonObject> RECEIVED = Collections.synchronizedList(new ArrayList<>());
    private static final ScheduledExecutorService ANSWER_LATER = Executors.newSingleThreadScheduledExecutor();
    private static HttpServer receiver;
    private static SecondInstance second;

    private final ItSetup setup = new ItSetup();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED.add(new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).put("path", exchange.getRequestURI().getPath()));
            }
            // A receiver that takes a moment to answer, so a pass holds its claim while the other replica's pass runs.
            ANSWER_LATER.schedule(() -> {
                try {
                    exchange.sendResponseHeaders(204, -1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    exchange.close();
                }
            }, 50, TimeUnit.MILLISECONDS);
        });
        receiver.start();
    }

    @AfterAll
    static void stopAll() {
        if (second != null) {
            second.close();
        }
        receiver.stop(0);
        ANSWER_LATER.shutdownNow();
    }

    /** The second replica, started once for the class beside the one the framework started. */
    private static synchronized int secondPort() {
        if (second == null) {
            second = SecondInstance.start();
        }
        return second.port();
    }

    /** A store with stock and a clerk signed in, selling through either replica. */
    private record Shop(String store, String warehouse, String sku, GraphQLClient tillA, GraphQLClient tillB, String clerkToken) {
    }

    private Shop shop(int stock) {
        String run = OrgFixtures.uniqueCode("R");
        String company = setup.orgUnit("SALES_COMPANY", "Replicas Co " + run, setup.headquarters());
        String store = setup.orgUnit("STORE", "Replicas Store " + run, company);
        String warehouse = setup.warehouse(store, "STORE");
        String sku = setup.sku("10.00");
        setup.receive(warehouse, sku, stock);
        String clerk = setup.signedInStaff(store, "SHOPPING_GUIDE");
        GraphQLClient till = GraphQLClient.withToken(clerk);
        return new Shop(store, warehouse, sku, till, till.at(secondPort()), clerk);
    }

    private static Map<String, Object> sale(Shop shop, int quantity) {
        return Map.of("storeId", shop.store(), "lines", List.of(Map.of("skuId", shop.sku(), "quantity", quantity)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 10 * quantity + ".00")));
    }

    private int onHand(Shop shop) {
        return setup.admin().run("inventory/stockLevelsOf", vars("warehouseId", shop.warehouse(), "skuIds", List.of(shop.sku())))
                .getInt("data.stockLevels.edges[0].node.onHand");
    }

    @Test
    void bothReplicasWorkTheWebhookOutboxAndEachEventIsDeliveredOnce() {
        Shop shop = shop(100);
        String path = "/orders-" + shop.store();
        JsonPath subscribed = setup.admin().run("integration/webhookSubscriptionCreate", vars("input", Map.of(
                "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + path, "eventTypes", List.of("retail.order.placed.v1"),
                "secret", "whsec-replicas-0123456789", "description", "Two replicas")));
        assertNotNull(subscribed.getString("data.webhookSubscriptionCreate.webhookSubscription.id"), subscribed.prettify());
        double firstBefore = delivered(RestAssured.port);
        double secondBefore = delivered(secondPort());

        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            GraphQLClient till = i % 2 == 0 ? shop.tillA() : shop.tillB();
            JsonPath sold = till.run("retail/salePost", vars("input", sale(shop, 1), "key", "replicas-hook-" + shop.store() + "-" + i));
            String order = sold.getString("data.salePost.order.id");
            assertNotNull(order, sold.prettify());
            orders.add(order);
        }

        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> receivedAt(path).size() >= orders.size());
        // And it stays at that for a while (ten passes of each replica): a second delivery of any event would show up.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receivedAt(path).size() == orders.size());
        List<JsonObject> received = receivedAt(path);
        assertEquals(orders, Set.copyOf(received.stream().map(event -> event.getString("subject")).toList()), "every order announced");
        assertEquals(orders.size(), received.size(), "no event delivered twice");
        assertEquals(orders.size(), Set.copyOf(received.stream().map(event -> event.getString("id")).toList()).size());

        // Both replicas delivered some of them; together, exactly what the receiver got.
        double byFirst = delivered(RestAssured.port) - firstBefore;
        double bySecond = delivered(secondPort()) - secondBefore;
        System.out.printf("TwoReplicasIT: %d events delivered once each, %.0f by the first replica and %.0f by the second%n",
                received.size(), byFirst, bySecond);
        assertThat("the first replica delivered some", byFirst, greaterThan(0.0));
        assertThat("the second replica delivered some", bySecond, greaterThan(0.0));
        assertEquals(received.size(), byFirst + bySecond, 0.0);
    }

    @Test
    void anIdempotencyKeyHoldsAcrossReplicasEvenForTheSameRequestAtTheSameMoment() throws Exception {
        Shop shop = shop(10);
        String key = "replicas-key-" + shop.store();
        Map<String, Object> sale = sale(shop, 3);

        // The same sale posted to both replicas at once (a till retrying through another pod).
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<JsonPath> viaFirst = CompletableFuture.supplyAsync(() -> postAfter(together, shop.tillA(), sale, key));
        CompletableFuture<JsonPath> viaSecond = CompletableFuture.supplyAsync(() -> postAfter(together, shop.tillB(), sale, key));
        String first = orderOf(viaFirst.get());
        assertEquals(first, orderOf(viaSecond.get()), "both answered with the one sale");
        assertEquals(first, orderOf(shop.tillB().run("retail/salePost", vars("input", sale, "key", key))), "a later replay too");
        assertEquals(7, onHand(shop), "the stock went down once");

        // The key with another sale is refused on either replica, and changes nothing.
        for (GraphQLClient till : List.of(shop.tillA(), shop.tillB())) {
            JsonPath reused = till.run("retail/salePost", vars("input", sale(shop, 1), "key", key));
            assertNull(reused.get("data.salePost.order"), reused.prettify());
            assertThat(reused.getList("data.salePost.userErrors.code"), contains("IDEMPOTENCY_KEY_REUSED"));
        }
        assertEquals(7, onHand(shop));
    }

    @Test
    void aSubscriberOnOneReplicaHearsOfASaleMadeThroughTheOther() {
        Shop shop = shop(20);
        assertHeardAcross(shop, RestAssured.port, shop.tillB(), "b");
        assertHeardAcross(shop, secondPort(), shop.tillA(), "a");
    }

    /**
     * A subscriber on one replica hears of a sale made through the other. graphql-transport-ws does not
     * acknowledge a subscribe, so a first sale may beat the subscription's start: the till sells again
     * until one is heard, and what is heard must be one of its sales.
     */
    private static void assertHeardAcross(Shop shop, int subscriberPort, GraphQLClient otherTill, String tag) {
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.connect(shop.clerkToken(), subscriberPort)) {
            String operation = subscriber.subscribe("retail/orderPlaced", vars("storeId", shop.store()));
            Set<String> sold = new HashSet<>();
            AtomicReference<String> heard = new AtomicReference<>();
            await().atMost(WAIT).pollInterval(Duration.ofMillis(1)).until(() -> {
                sold.add(orderOf(otherTill.run("retail/salePost", vars("input", sale(shop, 1), "key", "replicas-live-" + tag + sold.size() + "-" + shop.store()))));
                JsonPath message = subscriber.next(operation, Duration.ofSeconds(2));
                if (message == null) {
                    return false;
                }
                assertEquals("next", message.getString("type"), message.prettify());
                heard.set(message.getString("payload.data.orderPlaced.id"));
                return true;
            });
            assertThat("heard a sale made through the other replica", sold.contains(heard.get()), is(true));
        }
    }

    private static JsonPath postAfter(CyclicBarrier barrier, GraphQLClient till, Map<String, Object> sale, String key) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return till.run("retail/salePost", vars("input", sale, "key", key));
    }

    private static String orderOf(JsonPath sold) {
        String order = sold.getString("data.salePost.order.id");
        assertNotNull(order, sold.prettify());
        return order;
    }

    private static List<JsonObject> receivedAt(String path) {
        synchronized (RECEIVED) {
            return RECEIVED.stream().filter(event -> path.equals(event.getString("path"))).toList();
        }
    }

    /** Deliveries the replica on that port has made since it started (its Prometheus counter). */
    private static double delivered(int port) {
        String metrics = port == RestAssured.port
                ? RestAssured.given().when().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString()
                : second.metrics();
        Matcher matcher = DELIVERED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
