package com.newretail.operations;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.RetailCalls.fields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newretail.operations.domain.sms.HttpSmsGateway;
import com.newretail.operations.domain.sms.SmsDispatcher;
import com.newretail.operations.domain.sms.SmsGateway;
import com.newretail.operations.domain.sms.SmsSignature;
import com.newretail.operations.persistence.SmsOutbox;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * SMS: templates checked at the edge; sends queued in the outbox for members with consent, spread at
 * the batch's rate; a dispatcher that sends through a real HTTP gateway (a loopback server here),
 * retries with backoff, gives up on refusals, keeps quiet hours, and neither loses nor doubles a text
 * when a worker dies mid-batch; signed delivery reports.
 */
@QuarkusTest
class SmsTests {

    private static final String OPERATOR = "sms-hq";
    private static final String SECRET = "gateway-secret";
    /** Noon in Shanghai: outside the quiet hours. */
    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    Pool pool;

    @Inject
    SmsDispatcher dispatcher;

    @Inject
    SmsOutbox outbox;

    @Inject
    Vertx vertx;

    /** The loopback gateway: checks each request's signature, takes each idempotency key once, and fails as told. */
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failFirst = new ConcurrentHashMap<>();
    private final Set<String> refusedMobiles = ConcurrentHashMap.newKeySet();
    private volatile int badSignatures;

    @BeforeEach
    void startGateway() throws IOException {
        // The dispatcher drains the whole outbox: texts other test classes left queued would be counted in these passes.
        pool.query("UPDATE sms_message SET status = 'FAILED', last_error = 'left by an earlier test', lease_until = NULL "
                + "WHERE status IN ('QUEUED', 'SENDING')").execute().await().indefinitely();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(key);
            int status;
            String answer = "";
            if (!SmsSignature.verify(SECRET, exchange.getRequestHeaders().getFirst(SmsSignature.TIMESTAMP_HEADER), body,
                    exchange.getRequestHeaders().getFirst(SmsSignature.SIGNATURE_HEADER), Instant.now().getEpochSecond())) {
                badSignatures++;
                status = 401;
            } else if (refusedMobiles.contains(new JsonObject(body).getString("mobile"))) {
                status = 400;
                answer = "{\"error\":\"invalid number\"}";
            } else if (failFirst.merge(key, -1, Integer::sum) >= 0) {
                status = 503;
            } else {
                delivered.add(key);
                status = 200;
                answer = "{\"providerMessageId\":\"prov-" + key + "\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stopGateway() {
        server.stop(0);
    }

    private SmsGateway gateway() {
        return new HttpSmsGateway(vertx, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send"), "test", SECRET,
                Duration.ofSeconds(5));
    }

    private long member(long store, String name, boolean consent) {
        String mobile = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        return pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by, sms_consent, sms_consent_at) SELECT a.id, $1, $2, "
                + "$3, 'seed', $4, CASE WHEN $4 THEN now() END FROM org_unit a, org_unit s WHERE s.id = $3 AND s.path LIKE a.path || '%' AND a.type = 'SALES_COMPANY' RETURNING id")
                .execute(Tuple.of(mobile, name, store, consent)).await().indefinitely().iterator().next().getLong(0);
    }

    private static String customer(long id) {
        return GlobalId.encode("Customer", id);
    }

    private String template(String body) {
        return ok(client.run("operations/smsTemplateCreate", vars("input", fields("name", "Spring", "signature", "New Retail", "body", body))),
                "smsTemplateCreate").getString("data.smsTemplateCreate.template.id");
    }

    private JsonPath send(String template, List<String> customers, int rate) {
        return client.run("operations/smsSend", vars("input", fields("templateId", template, "customerIds", customers, "ratePerMinute", rate)));
    }

    private String status(long batch, long customer) {
        return pool.preparedQuery("SELECT status FROM sms_message WHERE batch_id = $1 AND customer_id = $2").execute(Tuple.of(batch, customer))
                .await().indefinitely().iterator().next().getString(0);
    }

    private void dueNow(long batch) {
        pool.preparedQuery("UPDATE sms_message SET next_attempt_at = now() - interval '1 second' WHERE batch_id = $1 AND status = 'QUEUED'")
                .execute(Tuple.of(batch)).await().indefinitely();
    }

    private SmsDispatcher.Pass dispatch() {
        return dispatcher.dispatch(gateway(), NOON).await().atMost(Duration.ofSeconds(30));
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "marketing-operator")
    void textsGoToMembersWithConsentAtTheBatchRateAndBadInputChangesNothing() {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long store = orgs.store(orgs.company("Sms Rate Co"), "Sms Rate Store");
        long ann = member(store, "Ann", true);
        long bob = member(store, "Bob", false);
        long cai = member(store, "Cai", true);

        assertThat(client.run("operations/smsTemplateCreate", vars("input", fields("name", "Bad", "signature", "New Retail",
                "body", "Hi {name}, your {coupon} is ready"))).getList("data.smsTemplateCreate.userErrors.field"), contains(List.of("input", "body")));
        assertThat(client.run("operations/smsTemplateCreate", vars("input", fields("name", "Bad", "signature", "【x】", "body", "Hi")))
                .getList("data.smsTemplateCreate.userErrors.field"), contains(List.of("input", "signature")));
        String template = template("Hi {name}, spring tea is in at {store}.");

        long batches = pool.query("SELECT count(*) FROM sms_batch").execute().await().indefinitely().iterator().next().getLong(0);
        assertThat(send(template, List.of(customer(bob)), 60).getList("data.smsSend.userErrors.code"), contains("NO_CONSENT"));
        assertEquals(batches, pool.query("SELECT count(*) FROM sms_batch").execute().await().indefinitely().iterator().next().getLong(0),
                "a refused send leaves nothing behind");

        JsonPath sent = ok(send(template, List.of(customer(ann), customer(bob), customer(cai)), 30), "smsSend");
        assertEquals(3, sent.getInt("data.smsSend.batch.recipients"));
        assertEquals(1, sent.getInt("data.smsSend.batch.skippedNoConsent"));
        assertEquals(2, sent.getInt("data.smsSend.batch.pending"));
        String batchId = sent.getString("data.smsSend.batch.id");
        JsonPath texts = client.run("operations/smsMessages", vars("batchId", batchId, "first", 10));
        assertThat(texts.getList("data.smsMessages.edges.node.text"), contains("【New Retail】Hi Ann, spring tea is in at Sms Rate Store.",
                "【New Retail】Hi Cai, spring tea is in at Sms Rate Store."));
        // 30 a minute: the second text is due two seconds after the first.
        double gap = pool.preparedQuery("SELECT extract(epoch FROM max(next_attempt_at) - min(next_attempt_at)) FROM sms_message WHERE batch_id = $1")
                .execute(Tuple.of(GlobalId.decode(batchId, "SmsBatch"))).await().indefinitely().iterator().next().getDouble(0);
        assertEquals(2.0, gap, 0.001);
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "marketing-operator")
    void theDispatcherRetriesGivesUpKeepsQuietHoursAndRecordsSignedDeliveryReports() {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long store = orgs.store(orgs.company("Sms Gateway Co"), "Sms Gateway Store");
        long ann = member(store, "Ann", true);
        long bob = member(store, "Bob", true);
        long cai = member(store, "Cai", true);
        long dan = member(store, "Dan", true);
        String template = template("Hello {name}");
        long batch = GlobalId.decode(ok(send(template, List.of(customer(ann), customer(bob), customer(cai), customer(dan)), 6000), "smsSend")
                .getString("data.smsSend.batch.id"), "SmsBatch");
        dueNow(batch);
        long bobText = pool.preparedQuery("SELECT id FROM sms_message WHERE customer_id = $1").execute(Tuple.of(bob)).await().indefinitely()
                .iterator().next().getLong(0);
        failFirst.put("nr-sms-" + bobText, 1);
        refusedMobiles.add(pool.preparedQuery("SELECT mobile FROM customer WHERE id = $1").execute(Tuple.of(cai)).await().indefinitely()
                .iterator().next().getString(0));
        pool.preparedQuery("UPDATE customer SET sms_consent = false WHERE id = $1").execute(Tuple.of(dan)).await().indefinitely();

        // Quiet hours (23:00 in Shanghai): nothing goes out.
        SmsDispatcher.Pass quiet = dispatcher.dispatch(gateway(), Instant.parse("2026-12-02T15:00:00Z")).await().indefinitely();
        assertEquals(0, quiet.claimed());
        assertEquals(List.of(), requests);

        SmsDispatcher.Pass first = dispatch();
        assertEquals(3, first.claimed(), "Dan withdrew consent: failed without a request");
        assertEquals(1, first.sent());
        assertEquals(1, first.retried());
        assertEquals(1, first.failed());
        assertEquals("SENT", status(batch, ann));
        assertEquals("QUEUED", status(batch, bob));
        assertEquals("FAILED", status(batch, cai));
        assertEquals("FAILED", status(batch, dan));
        assertEquals(0, badSignatures);
        assertEquals(0, dispatch().claimed(), "the retry waits for its backoff");
        dueNow(batch);
        assertEquals(1, dispatch().sent());
        assertEquals("SENT", status(batch, bob));
        assertEquals(2, pool.preparedQuery("SELECT attempts FROM sms_message WHERE id = $1").execute(Tuple.of(bobText)).await().indefinitely()
                .iterator().next().getInteger(0));

        // Delivery reports: signed with the callback secret, fresh, about a text we sent.
        String report = new JsonObject().put("providerMessageId", "prov-nr-sms-" + bobText).put("status", "DELIVERED").encode();
        long now = Instant.now().getEpochSecond();
        RestAssured.given().contentType("application/json").header(SmsSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(SmsSignature.SIGNATURE_HEADER, SmsSignature.sign("wrong-secret", now, report)).body(report).post("/sms/delivery").then()
                .statusCode(401);
        RestAssured.given().contentType("application/json").header(SmsSignature.TIMESTAMP_HEADER, Long.toString(now - 3600))
                .header(SmsSignature.SIGNATURE_HEADER, SmsSignature.sign("test-callback-secret", now - 3600, report)).body(report)
                .post("/sms/delivery").then().statusCode(401);
        assertEquals("SENT", status(batch, bob), "an unsigned or stale report changes nothing");
        RestAssured.given().contentType("application/json").header(SmsSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(SmsSignature.SIGNATURE_HEADER, SmsSignature.sign("test-callback-secret", now, report)).body(report).post("/sms/delivery")
                .then().statusCode(204);
        assertEquals("DELIVERED", status(batch, bob));
        String unknown = new JsonObject().put("providerMessageId", "prov-none").put("status", "DELIVERED").encode();
        RestAssured.given().contentType("application/json").header(SmsSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(SmsSignature.SIGNATURE_HEADER, SmsSignature.sign("test-callback-secret", now, unknown)).body(unknown).post("/sms/delivery")
                .then().statusCode(404);
        JsonPath texts = client.run("operations/smsMessages", vars("batchId", GlobalId.encode("SmsBatch", batch), "status", "FAILED", "first", 10));
        assertThat(texts.getList("data.smsMessages.edges.node.lastError"), containsInAnyOrder(org.hamcrest.Matchers.containsString("invalid number"),
                org.hamcrest.Matchers.containsString("consent withdrawn")));
        assertEquals(1, texts.getInt("data.smsMessages.edges[0].node.batch.delivered"));
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "marketing-operator")
    void aWorkerThatDiesMidBatchLosesNoTextAndTheGatewayTakesEachOnce() {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long store = orgs.store(orgs.company("Sms Crash Co"), "Sms Crash Store");
        List<String> members = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(customer(member(store, "Member " + i, true)));
        }
        long batch = GlobalId.decode(ok(send(template("Hi {name}"), members, 6000), "smsSend").getString("data.smsSend.batch.id"), "SmsBatch");
        dueNow(batch);

        // A worker claims all six, hands three to the gateway, and dies before recording anything.
        List<SmsOutbox.Claimed> claimed = outbox.claim(100, Duration.ofMinutes(1)).await().indefinitely().stream()
                .filter(text -> pool.preparedQuery("SELECT batch_id FROM sms_message WHERE id = $1").execute(Tuple.of(text.id())).await()
                        .indefinitely().iterator().next().getLong(0) == batch).toList();
        assertEquals(6, claimed.size());
        for (SmsOutbox.Claimed text : claimed.subList(0, 3)) {
            gateway().send(new SmsGateway.Outgoing(text.id(), text.mobile(), text.body())).await().indefinitely();
        }
        // While its lease runs, nobody else sends them.
        assertEquals(0, dispatch().claimed());
        pool.preparedQuery("UPDATE sms_message SET lease_until = now() - interval '1 second' WHERE batch_id = $1").execute(Tuple.of(batch))
                .await().indefinitely();
        SmsDispatcher.Pass recovery = dispatch();
        assertEquals(6, recovery.claimed());
        assertEquals(6, recovery.sent());
        // The dead worker wakes up: its claim is no longer its own, so it records nothing.
        assertEquals(false, outbox.sent(claimed.get(0), "late").await().indefinitely());
        assertEquals(9, requests.stream().filter(key -> claimed.stream().anyMatch(text -> key.equals("nr-sms-" + text.id()))).count(),
                "three texts were handed over twice…");
        assertEquals(6, claimed.stream().filter(text -> delivered.contains("nr-sms-" + text.id())).count(), "…and taken once each");
        assertEquals(6, pool.preparedQuery("SELECT count(*) FROM sms_message WHERE batch_id = $1 AND status = 'SENT' AND provider_message_id LIKE "
                + "'prov-%'").execute(Tuple.of(batch)).await().indefinitely().iterator().next().getLong(0));
        assertTrue(requests.size() >= 9);
    }
}
