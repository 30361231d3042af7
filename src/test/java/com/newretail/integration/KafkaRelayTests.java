package com.newretail.integration;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import com.newretail.integration.domain.KafkaRelay;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

/**
 * The Kafka transport through the in-memory connector (no broker in CI): the outbox in id order, each
 * event a CloudEvent keyed by its aggregate; the position moves with each batch; a relay that finds the
 * position locked by another replica sends nothing.
 */
@QuarkusTest
@TestSecurity(user = "relay-admin", roles = "hq-admin")
class KafkaRelayTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    KafkaRelay relay;

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Test
    void theOutboxGoesOutInOrderKeyedByAggregateAndOnce() {
        InMemorySink<String> sink = connector.sink("integration-events");
        drain();
        long warehouse = stock.warehouse(orgs.store(orgs.company("Relay Co"), "Relay Store"));
        long tea = stock.sku();
        for (int quantity = 1; quantity <= 3; quantity++) {
            ok(client.run("inventory/receipt", vars("input", document(warehouse, null, GlobalId.encode("Sku", tea), quantity))), "stockReceiptPost");
        }
        drain();
        String key = "Warehouse:" + warehouse;
        List<? extends Message<String>> mine = sink.received().stream()
                .filter(m -> key.equals(m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())).toList();
        assertEquals(3, mine.size());
        assertEquals(List.of(1, 2, 3), mine.stream().map(m -> new JsonObject(m.getPayload()).getJsonObject("data").getJsonArray("lines")
                .getJsonObject(0).getInteger("delta")).toList());
        JsonObject first = new JsonObject(mine.get(0).getPayload());
        assertEquals("inventory.stock.adjusted.v1", first.getString("type"));
        assertEquals(key, first.getString("partitionkey"));
        // Nothing new: nothing sent again.
        sink.clear();
        assertEquals(0, (int) relay.relayOnce().await().indefinitely());
        assertEquals(0, sink.received().size());
        // Another replica holds the position: this one sends nothing, the events wait.
        ok(client.run("inventory/receipt", vars("input", document(warehouse, null, GlobalId.encode("Sku", tea), 4))), "stockReceiptPost");
        SqlConnection other = pool.getConnection().await().indefinitely();
        Transaction held = other.begin().await().indefinitely();
        other.query("SELECT 1 FROM event_relay_position WHERE name = 'kafka' FOR UPDATE").execute().await().indefinitely();
        assertEquals(0, (int) relay.relayOnce().await().indefinitely());
        held.rollback().await().indefinitely();
        other.close().await().indefinitely();
        assertEquals(0, sink.received().size());
        drain();
        assertEquals(1, sink.received().size());
    }

    /** Relays until the outbox is sent (other test classes' events included). */
    private void drain() {
        while (relay.relayOnce().await().indefinitely() > 0) {
            // a batch at a time
        }
    }
}
