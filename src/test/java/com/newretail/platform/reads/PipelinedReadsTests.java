package com.newretail.platform.reads;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.newretail.platform.persistence.ConnectionPools;
import com.newretail.support.GraphQLClient;
import com.newretail.support.RetailFixtures;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/**
 * The planner's statements go through a few pipelined connections (see {@link ConnectionPools#pipelinedReads()}),
 * which keep every session setting of the reads pool.
 */
@QuarkusTest
class PipelinedReadsTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    ConnectionPools pools;

    @Inject
    @ReactiveDataSource("reads")
    Pool reads;

    @Inject
    RetailFixtures retail;

    @ConfigProperty(name = "newretail.reads.pipelined-connections")
    int connections;

    private SqlClient client() {
        reads.getDelegate(); // the pipelined client is built with the reads pool
        return pools.pipelinedReads().orElseThrow(() -> new AssertionError("no pipelined client for planned reads"));
    }

    private static String show(SqlClient client, String setting) {
        return client.query("SHOW " + setting).execute().toCompletionStage().toCompletableFuture().join().iterator().next().getString(0);
    }

    @Test
    void sessionsKeepTheReadsPoolsSettings() {
        SqlClient pipelined = client();
        for (String setting : List.of("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout", "plan_cache_mode")) {
            String expected = reads.query("SHOW " + setting).execute().await().atMost(WAIT).iterator().next().getString(0);
            assertEquals(expected, show(pipelined, setting), setting);
        }
        assertEquals("30s", show(pipelined, "statement_timeout"));
        assertEquals(ConnectionPools.PIPELINED_READS_NAME, show(pipelined, "application_name"));
    }

    @Test
    void manyStatementsAtOnceShareAFewSessions() {
        SqlClient pipelined = client();
        List<CompletableFuture<Integer>> backends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            backends.add(pipelined.query("SELECT pg_backend_pid()").execute().map(rows -> rows.iterator().next().getInteger(0))
                    .toCompletionStage().toCompletableFuture());
        }
        Set<Integer> distinct = new HashSet<>();
        backends.forEach(backend -> distinct.add(backend.join()));
        assertTrue(distinct.size() <= connections, "200 statements used " + distinct.size() + " sessions");
    }

    @Test
    @TestSecurity(user = "pipelined-clerk", roles = "sales-clerk")
    void plannedRequestsAreServedThroughThem() {
        RetailFixtures.Basket basket = retail.memberBasket("Pipelined Co", "pipelined-clerk", "Lin Yu");
        ok(GraphQLClient.anonymous().run("retail/salePost", vars("input", fields("storeId", gid(basket.shop().store()),
                "lines", List.of(fields("skuId", sku(basket.tea()), "quantity", 1)),
                "tenders", List.of(fields("tender", "CASH", "amount", "100.00"))), "key", null)), "salePost");
        String query = "query Marker { orders(first: 5) { edges { node { receiptNo total { amount } lines { quantity } } } } }";
        Response planned = given().contentType("application/json").body(Map.of("query", query)).post("/graphql");
        assertEquals("planned", planned.header(PlannedReadsRoute.PATH_HEADER));
        assertEquals(1, planned.jsonPath().getList("data.orders.edges").size(), planned.asString());

        // Each session shows the last statement it ran: the planned orders one is on a pipelined session.
        List<String> last = new ArrayList<>();
        reads.preparedQuery("SELECT query FROM pg_stat_activity WHERE application_name = $1").execute(io.vertx.mutiny.sqlclient.Tuple.of(ConnectionPools.PIPELINED_READS_NAME))
                .await().atMost(WAIT).forEach(row -> last.add(row.getString(0)));
        assertTrue(last.stream().anyMatch(sql -> sql.contains("retail_order")), "the planned statement ran elsewhere; pipelined sessions last ran " + last);
    }
}
