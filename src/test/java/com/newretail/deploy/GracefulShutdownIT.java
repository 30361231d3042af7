package com.newretail.deploy;

import static com.newretail.support.GraphQLClient.vars;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;
import com.newretail.support.SecondInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * SIGTERM while requests are in flight (the packaged app, as Kubernetes stops a pod): sales the
 * instance had already taken — held inside the database by a row lock the test owns, so they are
 * certainly in progress when the signal comes — all complete and are recorded; requests arriving
 * after the signal are still served, with {@code Connection: close}; the process then ends by
 * itself well within the pod's grace period. (Without quarkus.shutdown.timeout the held sales are
 * cut off at the signal.)
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
@Tag("faults")
class GracefulShutdownIT {

    private static final int IN_FLIGHT = 4;

    @Test
    void requestsTakenBeforeSigtermComplete() throws Exception {
        ItSetup setup = new ItSetup();
        String run = OrgFixtures.uniqueCode("G");
        String store = setup.orgUnit("STORE", "Shutdown Store " + run, setup.orgUnit("SALES_COMPANY", "Shutdown Co " + run, setup.headquarters()));
        String warehouse = setup.warehouse(store, "STORE");
        String sku = setup.sku("10.00");
        setup.receive(warehouse, sku, 100);
        GraphQLClient clerk = GraphQLClient.withToken(setup.signedInStaff(store, "SHOPPING_GUIDE"));

        SecondInstance instance = SecondInstance.start();
        GraphQLClient till = clerk.at(instance.port());
        ExecutorService tills = Executors.newFixedThreadPool(IN_FLIGHT);
        try (Connection database = DriverManager.getConnection(SecondInstance.sharedSetting("quarkus.datasource.jdbc.url"), "postgres", "postgres")) {
            database.setAutoCommit(false);
            lockStockRow(database, GlobalId.decode(warehouse, "Warehouse"), GlobalId.decode(sku, "Sku"));
            List<CompletableFuture<JsonPath>> sales = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                String key = "shutdown-" + run + "-" + i;
                sales.add(CompletableFuture.supplyAsync(() -> till.run("retail/salePost", vars("input", sale(store, sku), "key", key)), tills));
            }
            await().atMost(Duration.ofSeconds(20)).failFast("a sale finished although its stock row is locked",
                    () -> sales.stream().anyMatch(CompletableFuture::isDone)).until(() -> waitingOnLocks(database) >= 1);

            instance.terminate();
            // Once the JVM has taken the signal, requests that still arrive (Kubernetes has stopped routing to
            // the pod by then) are served and told to close their connection, so clients reconnect elsewhere.
            Response late = await().atMost(Duration.ofSeconds(10)).until(() -> tryQuery(till),
                    response -> response == null || "close".equalsIgnoreCase(response.header("Connection")));
            assertNotNull(late, "after SIGTERM the instance stopped listening while requests were still running");
            assertEquals(200, late.statusCode(), "a request after SIGTERM: " + late.asString());
            assertNull(late.jsonPath().get("errors"), late.asString());

            database.rollback(); // the held sales go on now
            for (CompletableFuture<JsonPath> sale : sales) {
                JsonPath sold = sale.get(30, TimeUnit.SECONDS);
                assertNull(sold.get("errors"), sold.prettify());
                assertNotNull(sold.getString("data.salePost.order.id"), sold.prettify());
            }
            Optional<Integer> exit = instance.awaitExit(Duration.ofSeconds(30));
            assertTrue(exit.isPresent(), "the instance did not stop within 30 s of the last request");
            assertNotEquals(137, exit.get(), "killed rather than stopped");
            assertEquals(100 - IN_FLIGHT, onHand(database, GlobalId.decode(warehouse, "Warehouse"), GlobalId.decode(sku, "Sku")));
        } finally {
            tills.shutdownNow();
            instance.close();
        }
    }

    /** A light request (it takes no lock); null when the instance did not answer (it no longer listens). */
    private static Response tryQuery(GraphQLClient till) {
        try {
            return till.post("{ __typename }", Map.of());
        } catch (Exception refused) { // RestAssured throws the connection's IOException unchecked
            return null;
        }
    }

    private static Map<String, Object> sale(String store, String sku) {
        return Map.of("storeId", store, "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", "10.00")));
    }

    private static void lockStockRow(Connection database, long warehouse, long sku) throws SQLException {
        try (PreparedStatement lock = database.prepareStatement("SELECT on_hand FROM stock_level WHERE warehouse_id = ? AND sku_id = ? FOR UPDATE")) {
            lock.setLong(1, warehouse);
            lock.setLong(2, sku);
            lock.executeQuery().close();
        }
    }

    private static int waitingOnLocks(Connection database) throws SQLException {
        try (Statement statement = database.createStatement();
                ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private static int onHand(Connection database, long warehouse, long sku) throws SQLException {
        try (PreparedStatement read = database.prepareStatement("SELECT on_hand FROM stock_level WHERE warehouse_id = ? AND sku_id = ?")) {
            read.setLong(1, warehouse);
            read.setLong(2, sku);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
