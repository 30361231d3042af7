package com.newretail.integration;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.newretail.integration.domain.WebhookDispatcher;
import com.newretail.integration.domain.WebhookSignature;
import com.newretail.integration.persistence.WebhookQueue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Webhooks against a local HTTP receiver started by the test: events written with the change (and not
 * when it fails), delivered signed and in order per aggregate; a failing receiver retried then
 * dead-lettered and redelivered by hand; a worker that dies between sending and recording loses nothing
 * and the receiver sees the duplicate under the same event id.
 */
@QuarkusTest
@TestSecurity(user = "hooks-admin", roles = "hq-admin")
class WebhookTests {

    private static final String SECRET = "whsec-0123456789abcdef";

    /** A request the receiver got. */
    record Received(String path, String body, String signature, String timestamp, String contentType) {

        JsonObject event() {
            return new JsonObject(body);
        }
    }

    private static HttpServer receiver;
    private static final List<Received> RECEIVED = Collections.synchronizedList(new ArrayList<>());

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Inject
    WebhookDispatcher dispatcher;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER),
                        exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), exchange.getRequestHeaders().getFirst("Content-Type")));
            }
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/fail") ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private String subscribe(String path, String... types) {
        JsonPath created = ok(client.run("integration/webhookSubscriptionCreate", vars("input", Map.of("url", url(path), "eventTypes", List.of(types),
                "secret", SECRET, "description", "Finance " + path))), "webhookSubscriptionCreate");
        return created.getString("data.webhookSubscriptionCreate.webhookSubscription.id");
    }

    private List<Received> receivedAt(String path) {
        synchronized (RECEIVED) {
            return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /** Runs passes until one claims nothing and nothing waits (backoffs run out meanwhile), within 10 s. */
    private void drain() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> pass().claimed() == 0 && pending() == 0);
    }

    private WebhookDispatcher.Pass pass() throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> dispatcher.dispatchOnce());
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private long pending() {
        return pool.query("SELECT count(*) FROM webhook_delivery WHERE status IN ('PENDING', 'DELIVERING') AND lease_until IS NULL")
                .execute().await().indefinitely().iterator().next().getLong(0);
    }

    private long events(String subject) {
        return pool.preparedQuery("SELECT count(*) FROM integration_event WHERE subject = $1").execute(Tuple.of(subject)).await().indefinitely()
                .iterator().next().getLong(0);
    }

    private List<Map<String, Object>> deliveries(String subscription, String status) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("subscriptionId", subscription));
        if (status != null) {
            variables.put("status", status);
        }
        return client.run("integration/webhookDeliveries", variables).getList("data.webhookDeliveries.edges.node");
    }

    @Test
    void eventsAreSignedDeliveredInOrderRetriedDeadLetteredRedeliveredAndNeverLost() throws Throwable {
        long store = orgs.store(orgs.company("Hooks Co"), "Hooks Store");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        String warehouseId = GlobalId.encode("Warehouse", warehouse);
        String ok = "/ok-" + warehouse;
        String failing = "/fail-" + warehouse;
        String good = subscribe(ok, "inventory.stock.adjusted.v1", "organization.staff.changed.v1");
        String bad = subscribe(failing, "inventory.stock.adjusted.v1");

        // Three receipts into one warehouse: three events of one aggregate. An issue beyond the stock fails and announces nothing.
        for (int quantity = 1; quantity <= 3; quantity++) {
            ok(client.run("inventory/receipt", vars("input", document(warehouse, null, GlobalId.encode("Sku", tea), quantity))), "stockReceiptPost");
        }
        assertEquals(3, events(warehouseId));
        assertThat(client.run("inventory/issue", vars("input", document(warehouse, "DAMAGE", GlobalId.encode("Sku", tea), 100)))
                .getList("data.stockIssuePost.userErrors.code"), contains("INSUFFICIENT_STOCK"));
        assertEquals(3, events(warehouseId));

        drain();
        List<Received> delivered = receivedAt(ok);
        assertEquals(3, delivered.size());
        // In the order they happened, each a CloudEvent signed with the subscription's secret.
        assertThat(delivered.stream().map(r -> r.event().getJsonObject("data").getJsonArray("lines").getJsonObject(0).getInteger("delta")).toList(),
                contains(1, 2, 3));
        for (Received r : delivered) {
            assertEquals(WebhookSignature.sign(SECRET, Long.parseLong(r.timestamp()), r.body()), r.signature());
            assertEquals("1.0", r.event().getString("specversion"));
            assertEquals("inventory.stock.adjusted.v1", r.event().getString("type"));
            assertEquals(warehouseId, r.event().getString("subject"));
            assertEquals("RECEIPT", r.event().getJsonObject("data").getString("reason"));
            assertTrue(r.contentType().startsWith("application/cloudevents+json"), r.contentType());
        }
        assertThat(deliveries(good, null).stream().map(d -> d.get("status")).toList(), everyItem(is("DELIVERED")));

        // The failing receiver got each event three times (max-attempts in tests), in order, then dead letters.
        List<Received> failed = receivedAt(failing);
        assertEquals(9, failed.size(), "3 events × 3 attempts");
        List<String> ids = failed.stream().map(r -> r.event().getString("id")).toList();
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(0), ids.get(3), ids.get(3), ids.get(3), ids.get(6), ids.get(6), ids.get(6)), ids);
        List<Map<String, Object>> dead = deliveries(bad, "DEAD");
        assertEquals(3, dead.size());
        assertEquals(500, dead.get(0).get("lastStatusCode"));
        assertEquals(3, dead.get(0).get("attempts"));

        // Fixed: the receiver's URL changes and one dead letter is sent again, with the same event id.
        String fixed = "/fixed-" + warehouse;
        ok(client.run("integration/webhookSubscriptionUpdate", vars("id", bad, "version", 0, "input", Map.of("url", url(fixed)))),
                "webhookSubscriptionUpdate");
        String retried = (String) dead.get(0).get("id");
        JsonPath retry = ok(client.run("integration/webhookDeliveryRetry", vars("id", retried)), "webhookDeliveryRetry");
        assertEquals("PENDING", retry.getString("data.webhookDeliveryRetry.webhookDelivery.status"));
        drain();
        assertEquals(1, receivedAt(fixed).size());
        String retriedEvent = (String) ((Map<?, ?>) dead.get(0).get("event")).get("eventId");
        assertEquals(retriedEvent, receivedAt(fixed).get(0).event().getString("id"));
        assertEquals(2, deliveries(bad, "DEAD").size());

        // A worker claims and sends, then dies before recording: after the lease the next pass sends it again, same id.
        ok(client.run("inventory/receipt", vars("input", document(warehouse, null, GlobalId.encode("Sku", tea), 4))), "stockReceiptPost");
        List<WebhookQueue.Claimed> claimed = VertxContextSupport.subscribeAndAwait(() -> dispatcher.claim());
        WebhookQueue.Claimed mine = claimed.stream().filter(c -> c.url().equals(url(ok))).findFirst().orElseThrow();
        VertxContextSupport.subscribeAndAwait(() -> dispatcher.send(mine));
        assertEquals(0, pass().claimed(), "the lease still holds");
        // Once the lease (2 s in tests) runs out, a pass claims and sends it again.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> pass().claimed() > 0);
        drain();
        List<Received> again = receivedAt(ok);
        assertEquals(5, again.size());
        assertEquals(again.get(3).event().getString("id"), again.get(4).event().getString("id"));
        Map<String, Object> twice = deliveries(good, null).get(0);
        assertEquals("DELIVERED", twice.get("status"));
        assertEquals(2, twice.get("attempts"));
    }

    @Test
    void staffChangesAreAnnouncedAndBadSubscriptionsRefused() {
        long store = orgs.store(orgs.company("Staff Hooks Co"), "Staff Hooks Store");
        long position = pool.query("SELECT id FROM position WHERE code = 'SHOPPING_GUIDE'").execute().await().indefinitely().iterator().next().getLong(0);
        JsonPath created = ok(client.run("organization/staffCreate", vars("orgUnitId", gid(store), "input", Map.of("employeeNumber",
                OrgFixtures.uniqueCode("E"), "name", "Hooked Staff", "positionId", GlobalId.encode("Position", position)))), "staffCreate");
        String staffId = created.getString("data.staffCreate.staff.id");
        String data = pool.preparedQuery("SELECT data::text FROM integration_event WHERE subject = $1 AND type = 'organization.staff.changed.v1'")
                .execute(Tuple.of(staffId)).await().indefinitely().iterator().next().getString(0);
        JsonObject event = new JsonObject(data);
        assertEquals("CREATED", event.getString("change"));
        assertEquals("Hooked Staff", event.getString("name"));
        assertEquals(gid(store), event.getString("orgUnitId"));

        assertThat(client.run("integration/webhookSubscriptionCreate", vars("input", Map.of("url", "ftp://example.com/x", "eventTypes",
                List.of("retail.order.placed.v1"), "secret", SECRET))).getList("data.webhookSubscriptionCreate.userErrors.code"), contains("INVALID_URL"));
        assertThat(client.run("integration/webhookSubscriptionCreate", vars("input", Map.of("url", url("/x"), "eventTypes",
                List.of("retail.order.shipped.v9"), "secret", SECRET))).getList("data.webhookSubscriptionCreate.userErrors.code"),
                contains("UNKNOWN_EVENT_TYPE"));
        assertThat(client.run("integration/webhookSubscriptionCreate", vars("input", Map.of("url", url("/x"), "eventTypes",
                List.of("retail.order.placed.v1"), "secret", "short"))).getList("data.webhookSubscriptionCreate.userErrors.code"), contains("INVALID_VALUE"));
    }
}
