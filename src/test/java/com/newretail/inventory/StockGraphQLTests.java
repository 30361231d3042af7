package com.newretail.inventory;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.concurrently;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.LedgerSourceCheck;
import com.newretail.support.InventoryCalls;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StockGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void receiptsAndIssuesMoveStockThroughTheLedger() {
        long store = orgs.store(orgs.company("Stock Co"), "Stock Store");
        JsonPath created = client.run("inventory/warehouseCreate", vars("input",
                Map.of("code", OrgFixtures.uniqueCode("WH"), "name", "Back room", "orgUnitId", gid(store), "type", "STORE")));
        assertThat(created.getList("data.warehouseCreate.userErrors"), empty());
        assertEquals(gid(store), created.getString("data.warehouseCreate.warehouse.orgUnit.id"));
        long warehouse = GlobalId.decode(created.getString("data.warehouseCreate.warehouse.id"), "Warehouse");
        long tea = stock.sku();

        JsonPath receipt = client.run("inventory/receipt", vars("input", document(warehouse, null, sku(tea), 12)));
        assertThat(receipt.getList("data.stockReceiptPost.userErrors"), empty());
        JsonPath issue = client.run("inventory/issue", vars("input", document(warehouse, "DAMAGE", sku(tea), 2)));
        assertThat(issue.getList("data.stockIssuePost.userErrors"), empty());

        JsonPath levels = client.run("inventory/stockLevels", vars("warehouseId", wh(warehouse)));
        assertThat(levels.prettify(), levels.getList("errors"), nullValue());
        assertEquals(10, levels.getInt("data.stockLevels.edges[0].node.onHand"));
        assertEquals(10, levels.getInt("data.stockLevels.edges[0].node.available"));
        JsonPath ledger = client.run("inventory/stockLedger", vars("warehouseId", wh(warehouse)));
        assertThat(ledger.getList("data.stockLedger.edges.node.reason"), contains("DAMAGE", "RECEIPT"));
        assertThat(ledger.getList("data.stockLedger.edges.node.onHandAfter"), contains(10, 12));
        assertThat(ledger.getList("data.stockLedger.edges.node.deltaOnHand"), contains(-2, 12));
        assertEquals("hq", ledger.getString("data.stockLedger.edges[0].node.actor"));
        JsonPath forged = client.runText("{ stockLedger(after: \"" + com.newretail.platform.graphql.Cursor.encode("x")
                + "\") { edges { node { reason } } } }", vars());
        assertEquals("invalid-argument", forged.getString("errors[0].extensions.code"));
        assertEquals(receipt.getString("data.stockReceiptPost.document.id"),
                client.run("inventory/stockLedger", vars("documentId", receipt.getString("data.stockReceiptPost.document.id")))
                        .getString("data.stockLedger.edges[0].node.documentId"));

        // The SKU filter (a variable list of global IDs).
        long cup = stock.sku();
        stock.receive(warehouse, cup, 3);
        JsonPath onlyCup = client.run("inventory/stockLevelsOf", vars("warehouseId", wh(warehouse), "skuIds", List.of(sku(cup))));
        assertThat(onlyCup.prettify(), onlyCup.getList("data.stockLevels.edges.node.sku.id"), contains(sku(cup)));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void twoHundredConcurrentSalesOfTenUnitsSellExactlyTen() throws Exception {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Rush Co"), "Rush Store"));
        long item = stock.sku();
        client.run("inventory/receipt", vars("input", document(warehouse, null, sku(item), 10)));

        List<Callable<String>> sales = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sales.add(() -> {
                JsonPath result = client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(item), 1)));
                assertThat(result.getList("errors"), nullValue());
                List<String> codes = result.getList("data.stockIssuePost.userErrors.code");
                return codes.isEmpty() ? "SOLD" : codes.get(0);
            });
        }
        List<String> outcomes = concurrently(32, sales);
        assertEquals(10, outcomes.stream().filter("SOLD"::equals).count());
        assertEquals(190, outcomes.stream().filter("INSUFFICIENT_STOCK"::equals).count());
        assertEquals(0, stock.onHand(warehouse, item));
        assertEquals(10, stock.ledgerRows(warehouse, item, "SALE"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void oneIdempotencyKeySentFiftyTimesAtOnceActsOnce() throws Exception {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Retry Co"), "Retry Store"));
        long item = stock.sku();
        String key = "receipt-" + OrgFixtures.uniqueCode("K");
        List<Callable<String>> retries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            retries.add(() -> client.run("inventory/receipt", vars("input", document(warehouse, null, sku(item), 5), "key", key))
                    .getString("data.stockReceiptPost.document.id"));
        }
        Set<String> documents = new HashSet<>(concurrently(16, retries));
        assertEquals(1, documents.size());
        assertThat(documents.iterator().next(), org.hamcrest.Matchers.notNullValue());
        assertEquals(5, stock.onHand(warehouse, item));
        assertEquals(1, stock.ledgerRows(warehouse, item, "RECEIPT"));

        JsonPath reused = client.run("inventory/receipt", vars("input", document(warehouse, null, sku(item), 6), "key", key));
        assertThat(reused.getList("data.stockReceiptPost.userErrors.code"), contains("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(5, stock.onHand(warehouse, item));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void badDocumentsChangeNothing() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Bad Co"), "Bad Store"));
        long a = stock.sku();
        long b = stock.sku();
        client.run("inventory/receipt", vars("input", document(warehouse, null, sku(a), 3)));

        assertCode(client.run("inventory/receipt", vars("input", document(warehouse, null, sku(999_999_999L), 1))),
                "stockReceiptPost", "UNKNOWN_SKU");
        assertCode(client.run("inventory/receipt", vars("input", document(warehouse, null, sku(a), 0))), "stockReceiptPost", "INVALID_VALUE");
        assertCode(client.run("inventory/receipt", vars("input", document(warehouse, null, sku(a), -4))), "stockReceiptPost", "INVALID_VALUE");
        assertCode(client.run("inventory/receipt", vars("input", document(warehouse, null, sku(a), 1, sku(a), 2))),
                "stockReceiptPost", "DUPLICATE_LINE");
        assertCode(client.run("inventory/receipt", vars("input", document(warehouse, null))), "stockReceiptPost", "REQUIRED");
        assertCode(client.run("inventory/receipt", vars("input", document(999_999_999L, null, sku(a), 1))), "stockReceiptPost", "NOT_FOUND");
        assertCode(client.run("inventory/issue", vars("input", document(warehouse, "RECEIPT", sku(a), 1))), "stockIssuePost", "INVALID_VALUE");
        // The first line alone would fit; the second does not: the whole document is refused.
        assertCode(client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(a), 2, sku(b), 1))),
                "stockIssuePost", "INSUFFICIENT_STOCK");
        assertEquals(3, stock.onHand(warehouse, a));
        assertEquals(1, stock.ledgerRows(warehouse, a, "RECEIPT"));
        assertEquals(0, stock.ledgerRows(warehouse, a, "SALE"));
    }

    @Test
    @TestSecurity(user = "keeper-a", roles = "warehouse-keeper")
    void warehousesOutsideTheScopeDoNotExistForTheCaller() {
        long company = orgs.company("Scoped Stock Co");
        long mine = orgs.store(company, "Mine");
        long theirs = orgs.store(company, "Theirs");
        orgs.bind("keeper-a", mine, "WAREHOUSE_KEEPER");
        long myWarehouse = stock.warehouse(mine);
        long theirWarehouse = stock.warehouse(theirs);
        long item = stock.sku();
        assertThat(client.run("inventory/receipt", vars("input", document(myWarehouse, null, sku(item), 4)))
                .getList("data.stockReceiptPost.userErrors"), empty());
        assertCode(client.run("inventory/receipt", vars("input", document(theirWarehouse, null, sku(item), 4))),
                "stockReceiptPost", "NOT_FOUND");
        assertEquals(0, stock.onHand(theirWarehouse, item));
        assertThat(client.run("inventory/stockLevels", vars("warehouseId", wh(theirWarehouse))).getList("data.stockLevels.edges"), empty());
        stock.receive(theirWarehouse, item, 7);

        // A SKU's stock everywhere: only the warehouses within the caller's scope.
        String code = client.runText("{ node(id: \"" + sku(item) + "\") { ... on Sku { code } } }", vars()).getString("data.node.code");
        JsonPath everywhere = client.run("inventory/skuStock", vars("code", code));
        assertEquals(sku(item), everywhere.getString("data.skuByCode.id"), everywhere.prettify());
        assertThat(everywhere.getList("data.skuByCode.stockLevels.warehouse.id"), contains(wh(myWarehouse)));
        assertThat(everywhere.getList("data.skuByCode.stockLevels.onHand"), contains(4));
        assertThat(client.run("inventory/skuStock", vars("code", "NO-SUCH-CODE")).getString("data.skuByCode"), nullValue());
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void onHandEqualsTheSumOfTheLedgerAfterTwoThousandConcurrentMixedOperations() throws Exception {
        long company = orgs.company("Mix Co");
        List<Long> warehouses = List.of(stock.warehouse(orgs.store(company, "Mix 1")), stock.warehouse(orgs.store(company, "Mix 2")),
                stock.warehouse(orgs.store(company, "Mix 3")));
        List<Long> items = List.of(stock.sku(), stock.sku(), stock.sku(), stock.sku());
        Random random = new Random(42);
        List<Callable<String>> operations = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long warehouse = warehouses.get(random.nextInt(warehouses.size()));
            long other = warehouses.get((warehouses.indexOf(warehouse) + 1 + random.nextInt(2)) % warehouses.size());
            long first = items.get(random.nextInt(items.size()));
            long second = items.get(random.nextInt(items.size()));
            int quantity = 1 + random.nextInt(5);
            Object[] lines = first == second ? new Object[] { sku(first), quantity } : new Object[] { sku(first), quantity, sku(second), 1 };
            int kind = random.nextInt(100);
            long seed = random.nextLong();
            operations.add(() -> {
                if (kind < 35) {
                    return outcome(client.run("inventory/receipt", vars("input", document(warehouse, null, lines))), "stockReceiptPost", "RECEIPT");
                }
                if (kind < 70) {
                    return outcome(client.run("inventory/issue", vars("input", document(warehouse, "SALE", lines))), "stockIssuePost", "SALE");
                }
                if (kind < 85) {
                    return transfer(warehouse, other, lines);
                }
                if (kind < 92) {
                    return reservation(warehouse, lines, seed % 2 == 0);
                }
                return stocktake(warehouse, items, new Random(seed));
            });
        }
        List<String> outcomes = concurrently(16, operations);
        assertEquals(2000, outcomes.size());
        for (String kind : List.of("RECEIPT", "SALE", "TRANSFER", "RESERVATION", "STOCKTAKE")) {
            assertThat(kind + " never succeeded: " + outcomes, outcomes.contains(kind));
        }
        assertEquals(0, stock.ledgerMismatches());
        LedgerSourceCheck.Result sources = LedgerSourceCheck.check(client, warehouses);
        assertEquals(List.of(), sources.problems());
        assertEquals(Set.of("StockDocument", "StockTransfer", "StockReservation", "Stocktake"), sources.sourceTypes());
    }

    /** The kind when the mutation succeeded, else its first userError code; GraphQL errors fail the test. */
    private static String outcome(JsonPath result, String mutation, String kind) {
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        List<String> codes = result.getList("data." + mutation + ".userErrors.code");
        return codes.isEmpty() ? kind : codes.get(0);
    }

    private String transfer(long from, long to, Object[] lines) {
        JsonPath created = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                "targetWarehouseId", wh(to), "lines", InventoryCalls.lines(lines))));
        String id = created.getString("data.stockTransferCreate.transfer.id");
        String shipped = outcome(client.run("inventory/transferShip", vars("id", id, "version", 0)), "stockTransferShip", "SHIPPED");
        if (!"SHIPPED".equals(shipped)) {
            return shipped;
        }
        List<Map<String, Object>> all = InventoryCalls.lines(lines);
        return outcome(client.run("inventory/transferReceive", vars("id", id, "version", 1, "input", Map.of("lines", all))),
                "stockTransferReceive", "TRANSFER");
    }

    private String reservation(long warehouse, Object[] lines, boolean commit) {
        JsonPath held = client.run("inventory/reservationCreate", vars("input", Map.of("warehouseId", wh(warehouse),
                "expiresAt", java.time.OffsetDateTime.now().plusHours(1).toString(), "lines", InventoryCalls.lines(lines))));
        String reserved = outcome(held, "stockReservationCreate", "HELD");
        if (!"HELD".equals(reserved)) {
            return reserved;
        }
        String id = held.getString("data.stockReservationCreate.reservation.id");
        return commit ? outcome(client.run("inventory/reservationCommit", vars("id", id)), "stockReservationCommit", "RESERVATION")
                : outcome(client.run("inventory/reservationRelease", vars("id", id)), "stockReservationRelease", "RESERVATION");
    }

    private String stocktake(long warehouse, List<Long> items, Random random) {
        JsonPath started = client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse))));
        String began = outcome(started, "stocktakeStart", "STARTED");
        if (!"STARTED".equals(began)) {
            return began;
        }
        String id = started.getString("data.stocktakeStart.stocktake.id");
        Object[] counts = { sku(items.get(0)), random.nextInt(20), sku(items.get(1 + random.nextInt(3))), random.nextInt(20) };
        outcome(client.run("inventory/stocktakeCounts", vars("id", id, "input", Map.of("batch", "mix", "counts", InventoryCalls.lines(counts)))),
                "stocktakeCountsRecord", "COUNTED");
        JsonPath posted = client.run("inventory/stocktakePost", vars("id", id, "version", 0));
        String result = outcome(posted, "stocktakePost", "STOCKTAKE");
        if ("STOCKTAKE".equals(result) && "PENDING_APPROVAL".equals(posted.getString("data.stocktakePost.stocktake.status"))) {
            result = outcome(client.run("inventory/stocktakeApprove", vars("id", id, "version", 1)), "stocktakeApprove", "STOCKTAKE");
        }
        if (!"STOCKTAKE".equals(result)) {
            client.run("inventory/stocktakeCancel", vars("id", id, "version", "BELOW_RESERVED".equals(result) ? 0 : 1));
        }
        return result;
    }

    @TestSecurity(user = "hq", roles = "hq-admin")
    void onHandEqualsTheSumOfTheLedgerAfterTwoThousandConcurrentMoves() throws Exception {
        long company = orgs.company("Mix Co");
        List<Long> warehouses = List.of(stock.warehouse(orgs.store(company, "Mix 1")), stock.warehouse(orgs.store(company, "Mix 2")));
        List<Long> items = List.of(stock.sku(), stock.sku(), stock.sku(), stock.sku());
        Random random = new Random(42);
        List<Callable<String>> moves = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long warehouse = warehouses.get(random.nextInt(warehouses.size()));
            long first = items.get(random.nextInt(items.size()));
            long second = items.get(random.nextInt(items.size()));
            int quantity = 1 + random.nextInt(5);
            boolean receipt = random.nextInt(100) < 45;
            Object[] lines = first == second ? new Object[] { sku(first), quantity } : new Object[] { sku(first), quantity, sku(second), 1 };
            moves.add(() -> {
                JsonPath result = receipt
                        ? client.run("inventory/receipt", vars("input", document(warehouse, null, lines)))
                        : client.run("inventory/issue", vars("input", document(warehouse, "SALE", lines)));
                assertThat(result.getList("errors"), nullValue());
                return receipt ? "R" : "I";
            });
        }
        assertEquals(2000, concurrently(16, moves).size());
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "owner-a", roles = { "org-admin", "store-manager" })
    void stockLookupListsWhereASkuIsAvailableNearestFirstWithinScope() {
        long company = orgs.company("Lookup Co");
        long dealerA = orgs.dealer(company, "Lookup Dealer A");
        long dealerB = orgs.dealer(company, "Lookup Dealer B");
        long storeA1 = orgs.store(dealerA, "Lookup A1");
        long storeA2 = orgs.store(dealerA, "Lookup A2");
        long storeB1 = orgs.store(dealerB, "Lookup B1");
        orgs.bind("owner-a", dealerA, "DEALER_OWNER");
        long dealerWarehouse = stock.warehouse(dealerA);
        long a1 = stock.warehouse(storeA1);
        long a2 = stock.warehouse(storeA2);
        long b1 = stock.warehouse(storeB1);
        long empty = stock.warehouse(storeA2);
        long item = stock.sku();
        stock.receive(dealerWarehouse, item, 2);
        stock.receive(a1, item, 3);
        stock.receive(a2, item, 5);
        stock.receive(b1, item, 7);
        stock.receive(empty, stock.sku(), 1);

        JsonPath lookup = client.run("inventory/stockAvailability", vars("skuId", sku(item)));
        assertThat(lookup.getList("errors"), nullValue());
        assertThat(lookup.getList("data.stockAvailability.warehouse.id"), contains(wh(dealerWarehouse), wh(a2), wh(a1)));
        assertThat(lookup.getList("data.stockAvailability.treeDistance"), contains(0, 1, 1));
        assertThat(lookup.getList("data.stockAvailability.available"), contains(2, 5, 3));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void safetyStockFlagsLowStockAndAnInactiveSkuCannotMove() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Safety Co"), "Safety Store"));
        long item = stock.sku();
        stock.receive(warehouse, item, 3);
        JsonPath safety = client.run("inventory/safetyStock", vars("warehouseId", wh(warehouse), "skuId", sku(item), "safetyStock", 5));
        assertThat(safety.prettify(), safety.getList("data.stockLevelSafetyStockSet.userErrors"), empty());
        assertEquals(true, safety.getBoolean("data.stockLevelSafetyStockSet.stockLevel.belowSafetyStock"));
        assertThat(client.run("inventory/safetyStock", vars("warehouseId", wh(warehouse), "skuId", sku(item), "safetyStock", -1))
                .getList("data.stockLevelSafetyStockSet.userErrors.code"), contains("INVALID_VALUE"));
        assertEquals(3, stock.onHand(warehouse, item));

        JsonPath inactive = client.run("catalog/skuStatusSet", vars("id", sku(item), "status", "INACTIVE"));
        assertEquals("INACTIVE", inactive.getString("data.skuStatusSet.sku.status"));
        assertCode(client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(item), 1))), "stockIssuePost", "SKU_INACTIVE");
        assertCode(client.run("inventory/receipt", vars("input", document(warehouse, null, sku(item), 1))), "stockReceiptPost", "SKU_INACTIVE");
        assertEquals(3, stock.onHand(warehouse, item));
        assertEquals("ACTIVE", client.run("catalog/skuStatusSet", vars("id", sku(item), "status", "ACTIVE")).getString("data.skuStatusSet.sku.status"));
    }

    private static void assertCode(JsonPath result, String mutation, String code) {
        assertThat(result.getList("errors"), nullValue());
        assertThat(result.getString("data." + mutation + ".document"), nullValue());
        assertThat(result.getList("data." + mutation + ".userErrors.code"), contains(code));
    }
}
