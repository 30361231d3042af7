package com.newretail.faults;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.concurrently;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static com.newretail.support.OrgFixtures.gid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.newretail.platform.events.DatabaseEvents;
import com.newretail.support.GraphQLClient;
import com.newretail.support.InventoryCalls;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Database connections of the service are killed at random (pg_terminate_backend, every 50 ms)
 * while tills sell, warehouses receive, issue and transfer, and a stocktake is counted and posted.
 * Every client retries with its idempotency key until answered. Afterwards each operation has been
 * applied exactly once — on-hand is what the operations add up to — and the ledger explains every
 * unit of stock.
 */
@QuarkusTest
@Tag("faults")
class ConnectionKillsTests {

    private static final int OPENING = 1000;

    private final Retrying client = new Retrying(GraphQLClient.anonymous());

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void everyOperationIsAppliedExactlyOnceWhileConnectionsAreKilled() throws Exception {
        long company = orgs.company("Kill Co");
        List<Long> stores = new ArrayList<>();
        List<Long> warehouses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long store = orgs.store(orgs.dealer(company, "Kill Dealer " + i), "Kill Store " + i);
            stores.add(store);
            warehouses.add(stock.warehouse(store));
        }
        List<Long> items = List.of(stock.sku(), stock.sku(), stock.sku(), stock.sku());
        Map<String, Integer> expected = new ConcurrentHashMap<>();
        for (long warehouse : warehouses) {
            for (long item : items) {
                stock.receive(warehouse, item, OPENING);
                expected.put(warehouse + "/" + item, OPENING);
            }
        }
        long countedWarehouse = stock.warehouse(orgs.store(company, "Kill Stocktake Store"));
        long counted = stock.sku();
        stock.receive(countedWarehouse, counted, 50);

        Random random = new Random(7);
        List<Callable<String>> operations = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            int at = random.nextInt(warehouses.size());
            long warehouse = warehouses.get(at);
            long item = items.get(random.nextInt(items.size()));
            int quantity = 1 + random.nextInt(4);
            String key = "kill-" + i + "-" + company;
            int kind = random.nextInt(100);
            if (kind < 30) {
                expected.merge(warehouse + "/" + item, -quantity, Integer::sum);
                long store = stores.get(at);
                operations.add(() -> sale(store, item, quantity, key));
            } else if (kind < 55) {
                expected.merge(warehouse + "/" + item, quantity, Integer::sum);
                operations.add(() -> answered(client.apply("inventory/receipt", "stockReceiptPost",
                        vars("input", document(warehouse, null, sku(item), quantity), "key", key)), "data.stockReceiptPost.document.id"));
            } else if (kind < 75) {
                expected.merge(warehouse + "/" + item, -quantity, Integer::sum);
                operations.add(() -> answered(client.apply("inventory/issue", "stockIssuePost",
                        vars("input", document(warehouse, "SALE", sku(item), quantity), "key", key)), "data.stockIssuePost.document.id"));
            } else {
                long target = warehouses.get((at + 1 + random.nextInt(warehouses.size() - 1)) % warehouses.size());
                expected.merge(warehouse + "/" + item, -quantity, Integer::sum);
                expected.merge(target + "/" + item, quantity, Integer::sum);
                operations.add(() -> transfer(warehouse, target, item, quantity, key));
            }
        }
        // Variances under the approval threshold (10 units), so each posts at once.
        List<Integer> counts = List.of(47, 52, 48, 45, 44);
        operations.add(() -> {
            for (int round = 0; round < counts.size(); round++) {
                stocktake(countedWarehouse, counted, counts.get(round), "kill-stocktake-" + round + "-" + company);
            }
            return "stocktakes";
        });

        AtomicInteger killed = new AtomicInteger();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try (Connection admin = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres")) {
            killer.scheduleWithFixedDelay(() -> killed.addAndGet(killOneServiceConnection(admin)), 50, 50, TimeUnit.MILLISECONDS);
            assertEquals(operations.size(), concurrently(12, operations).size());
        } finally {
            killer.shutdownNow();
            killer.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertTrue(killed.get() > 20, "too few connections were killed to prove anything: " + killed.get());
        assertTrue(client.retries() > 0, "no request failed and was retried");
        for (Map.Entry<String, Integer> level : expected.entrySet()) {
            String[] ids = level.getKey().split("/");
            assertEquals(level.getValue(), stock.onHand(Long.parseLong(ids[0]), Long.parseLong(ids[1])), "on-hand of " + level.getKey());
        }
        assertEquals(counts.get(counts.size() - 1), stock.onHand(countedWarehouse, counted), "the last stocktake's count");
        assertEquals(0, stock.ledgerMismatches());
        System.out.printf("ConnectionKillsTests: %d operations applied exactly once; %d service connections killed, %d requests retried%n",
                operations.size(), killed.get(), client.retries());
    }

    private String sale(long store, long item, int quantity, String key) {
        Map<String, Object> input = Map.of("storeId", gid(store), "lines", List.of(Map.of("skuId", sku(item), "quantity", quantity)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", "100.00")));
        return answered(client.apply("retail/salePost", "salePost", vars("input", input, "key", key)), "data.salePost.order.id");
    }

    private String transfer(long from, long to, long item, int quantity, String key) {
        String id = answered(client.apply("inventory/transferCreate", "stockTransferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                "targetWarehouseId", wh(to), "lines", InventoryCalls.lines(sku(item), quantity)), "key", key + "-create")),
                "data.stockTransferCreate.transfer.id");
        client.apply("inventory/transferShip", "stockTransferShip", vars("id", id, "version", 0, "key", key + "-ship"));
        client.apply("inventory/transferReceive", "stockTransferReceive", vars("id", id, "version", 1,
                "input", Map.of("lines", InventoryCalls.lines(sku(item), quantity)), "key", key + "-receive"));
        return id;
    }

    /** The document an applied mutation answered with: an answer without it (and without errors) once read as done. */
    private static String answered(JsonPath payload, String idPath) {
        String id = payload.getString(idPath);
        assertNotNull(id, "answered without its document: " + payload.prettify());
        return id;
    }

    /** Starts, counts and posts a stocktake of one SKU, each step with its key. */
    private void stocktake(long warehouse, long item, int count, String key) {
        String id = answered(client.apply("inventory/stocktakeStart", "stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse)), "key", key)),
                "data.stocktakeStart.stocktake.id");
        client.applyText("mutation($id: ID!, $input: StocktakeCountsInput!, $key: String) { stocktakeCountsRecord(id: $id, input: $input, "
                + "idempotencyKey: $key) { stocktake { id } userErrors { code } } }", "stocktakeCountsRecord", vars("id", id,
                "input", Map.of("batch", "kill", "counts", InventoryCalls.lines(sku(item), count)), "key", key + "-count"));
        String posted = client.applyText("mutation($id: ID!, $key: String) { stocktakePost(id: $id, expectedVersion: 0, idempotencyKey: $key) "
                + "{ stocktake { status } userErrors { code } } }", "stocktakePost", vars("id", id, "key", key + "-post"))
                .getString("data.stocktakePost.stocktake.status");
        assertEquals("POSTED", posted, "stocktake " + id);
    }

    /** Terminates one random connection of the service's pools (not the live-updates listener, not this one). */
    private static int killOneServiceConnection(Connection admin) {
        try (Statement statement = admin.createStatement();
                ResultSet killed = statement.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM (SELECT pid FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() "
                        + "AND application_name NOT IN ('" + DatabaseEvents.APPLICATION_NAME + "') AND application_name NOT LIKE 'PostgreSQL JDBC%' "
                        + "ORDER BY random() LIMIT 1) victim")) {
            killed.next();
            return killed.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jdbcUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }
}
