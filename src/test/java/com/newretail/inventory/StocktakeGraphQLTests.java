package com.newretail.inventory;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.inventory.domain.StocktakeService;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Stocktakes: freeze, counts in batches while stock keeps moving, reconciliation, approval, report, blind counts. */
@QuarkusTest
class StocktakeGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    StocktakeService stocktakes;

    @Inject
    Pool pool;

    private static Map<String, Object> counts(String batch, Object... skuAndQuantity) {
        return Map.of("batch", batch, "counts", com.newretail.support.InventoryCalls.lines(skuAndQuantity));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void countsInBatchesAreReconciledWithMovesSinceTheFreeze() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Count Co"), "Count Store"));
        long a = stock.sku();
        long b = stock.sku();
        long c = stock.sku();
        stock.receive(warehouse, a, 10);
        stock.receive(warehouse, b, 5);
        stock.receive(warehouse, c, 3);

        JsonPath started = client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse), "blind", true)));
        assertThat(started.prettify(), started.getList("data.stocktakeStart.userErrors"), empty());
        String id = started.getString("data.stocktakeStart.stocktake.id");
        assertEquals("COUNTING", started.getString("data.stocktakeStart.stocktake.status"));

        // Trading goes on during the count: 2 of a sold, 4 of b received.
        client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(a), 2)));
        client.run("inventory/receipt", vars("input", document(warehouse, null, sku(b), 4)));

        ok(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("aisle 1", sku(a), 4, sku(b), 10))),
                "stocktakeCountsRecord");
        assertThat(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("aisle 2", sku(a), 3)))
                .getList("data.stocktakeCountsRecord.userErrors"), empty());

        JsonPath posted = ok(client.run("inventory/stocktakePost", vars("id", id, "version", 0)), "stocktakePost");
        assertEquals("POSTED", posted.getString("data.stocktakePost.stocktake.status"));
        // a: counted 4 + 3 = 7, expected 10 - 2 = 8 -> -1. b: counted 10, expected 5 + 4 = 9 -> +1. c: not counted, untouched.
        assertEquals(7, stock.onHand(warehouse, a));
        assertEquals(10, stock.onHand(warehouse, b));
        assertEquals(3, stock.onHand(warehouse, c));
        assertEquals(-1, stock.ledgerDelta(warehouse, a, "STOCKTAKE"));
        assertEquals(1, stock.ledgerDelta(warehouse, b, "STOCKTAKE"));
        assertEquals(0, stock.ledgerRows(warehouse, c, "STOCKTAKE"));
        assertEquals(0, stock.ledgerMismatches());

        JsonPath lines = client.run("inventory/stocktake", vars("id", id, "onlyVariances", true));
        assertThat(lines.getList("data.stocktake.lines.edges.node.sku.id"), contains(sku(a), sku(b)));
        assertThat(lines.getList("data.stocktake.lines.edges.node.frozenOnHand"), contains(10, 5));
        assertThat(lines.getList("data.stocktake.lines.edges.node.movesSinceFreeze"), contains(-2, 4));
        assertThat(lines.getList("data.stocktake.lines.edges.node.expected"), contains(8, 9));
        assertThat(lines.getList("data.stocktake.lines.edges.node.counted"), contains(7, 10));
        assertThat(lines.getList("data.stocktake.lines.edges.node.countBatches"), contains(2, 1));
        assertThat(lines.getList("data.stocktake.lines.edges.node.variance"), contains(-1, 1));

        JsonPath report = client.run("inventory/stocktakeReport", vars("id", id));
        assertThat(report.getList("errors"), nullValue());
        assertEquals(3, report.getInt("data.stocktakeReport.lines"));
        assertEquals(2, report.getInt("data.stocktakeReport.countedLines"));
        assertEquals(1, report.getInt("data.stocktakeReport.uncountedLines"));
        assertEquals(1, report.getInt("data.stocktakeReport.unitsGained"));
        assertEquals(1, report.getInt("data.stocktakeReport.unitsLost"));
        assertEquals("0.00", report.getString("data.stocktakeReport.varianceValue.amount"));
        assertEquals(false, report.getBoolean("data.stocktakeReport.needsApproval"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aSkuIsComparedWithTheBookWhenItWasCountedNotWhenTheStocktakeIsPosted() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Count Time Co"), "Count Time Store"));
        long a = stock.sku();
        long b = stock.sku();
        stock.receive(warehouse, a, 10);
        stock.receive(warehouse, b, 5);
        String id = client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse))))
                .getString("data.stocktakeStart.stocktake.id");

        client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(a), 2)));      // before a's count: book 8
        ok(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("shelf", sku(a), 7, sku(b), 5))),
                "stocktakeCountsRecord");                                                          // a: one unit missing; b: right
        client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(a), 3)));      // after the count
        client.run("inventory/issue", vars("input", document(warehouse, "SALE", sku(b), 1)));      // after the count

        JsonPath lines = client.run("inventory/stocktake", vars("id", id, "onlyVariances", true));
        assertThat(lines.getList("data.stocktake.lines.edges.node.sku.id"), contains(sku(a)));
        assertThat(lines.getList("data.stocktake.lines.edges.node.variance"), contains(-1));

        ok(client.run("inventory/stocktakePost", vars("id", id, "version", 0)), "stocktakePost");
        assertEquals(-1, stock.ledgerDelta(warehouse, a, "STOCKTAKE"));
        assertEquals(4, stock.onHand(warehouse, a), "7 counted, 3 sold since");
        assertEquals(0, stock.ledgerRows(warehouse, b, "STOCKTAKE"));
        assertEquals(4, stock.onHand(warehouse, b), "5 counted, 1 sold since: no phantom gain");
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aVarianceAboveTheThresholdWaitsForAManager() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Approve Co"), "Approve Store"));
        long a = stock.sku();
        stock.receive(warehouse, a, 30);
        String id = client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse))))
                .getString("data.stocktakeStart.stocktake.id");
        client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("all", sku(a), 18)));

        JsonPath pending = ok(client.run("inventory/stocktakePost", vars("id", id, "version", 0)), "stocktakePost");
        assertEquals("PENDING_APPROVAL", pending.getString("data.stocktakePost.stocktake.status"));
        assertEquals(30, stock.onHand(warehouse, a));
        JsonPath report = client.run("inventory/stocktakeReport", vars("id", id));
        assertEquals(true, report.getBoolean("data.stocktakeReport.needsApproval"));
        assertEquals("-118.80", report.getString("data.stocktakeReport.varianceValue.amount"));
        assertThat(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("late", sku(a), 1)))
                .getList("data.stocktakeCountsRecord.userErrors.code"), contains("INVALID_STATUS"));
        assertThat(client.run("inventory/stocktakeApprove", vars("id", id, "version", 0))
                .getList("data.stocktakeApprove.userErrors.code"), contains("STALE_VERSION"));

        // Four eyes: whoever submitted the variances may not approve them.
        assertThat(client.run("inventory/stocktakeApprove", vars("id", id, "version", 1))
                .getList("data.stocktakeApprove.userErrors.code"), contains("SELF_APPROVAL"));
        assertEquals(30, stock.onHand(warehouse, a));
        pool.preparedQuery("UPDATE stocktake SET submitted_by = 'keeper-on-duty' WHERE id = $1")
                .execute(Tuple.of(GlobalId.decode(id, "Stocktake"))).await().indefinitely();
        JsonPath approved = ok(client.run("inventory/stocktakeApprove", vars("id", id, "version", 1)), "stocktakeApprove");
        assertEquals("POSTED", approved.getString("data.stocktakeApprove.stocktake.status"));
        assertEquals("hq", approved.getString("data.stocktakeApprove.stocktake.approvedBy"));
        assertEquals(18, stock.onHand(warehouse, a));
        assertEquals(-12, stock.ledgerDelta(warehouse, a, "STOCKTAKE"));
        assertThat(client.run("inventory/stocktakePost", vars("id", id, "version", 2))
                .getList("data.stocktakePost.userErrors.code"), contains("INVALID_STATUS"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aCategorySubsetCountsOnlyItsSkusAndOneStocktakeIsOpenPerWarehouse() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Subset Co"), "Subset Store"));
        long[] categoryAndSku = stock.categoryWithSku();
        long inside = categoryAndSku[1];
        long outside = stock.sku();
        stock.receive(warehouse, inside, 4);
        stock.receive(warehouse, outside, 4);
        String category = GlobalId.encode("Category", categoryAndSku[0]);

        JsonPath started = client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse), "categoryId", category)));
        String id = started.getString("data.stocktakeStart.stocktake.id");
        assertThat(client.run("inventory/stocktake", vars("id", id)).getList("data.stocktake.lines.edges.node.sku.id"), contains(sku(inside)));
        assertEquals(category, client.runText("query($id: ID!) { stocktake(id: $id) { category { id } } }", vars("id", id))
                .getString("data.stocktake.category.id"));
        assertThat(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("x", sku(outside), 1)))
                .getList("data.stocktakeCountsRecord.userErrors.code"), contains("OUTSIDE_STOCKTAKE"));
        assertThat(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("x", sku(inside), -1)))
                .getList("data.stocktakeCountsRecord.userErrors.code"), contains("INVALID_VALUE"));
        assertThat(client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse))))
                .getList("data.stocktakeStart.userErrors.code"), contains("STOCKTAKE_IN_PROGRESS"));
        assertThat(client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse),
                "categoryId", GlobalId.encode("Category", 999_999_999L)))).getList("data.stocktakeStart.userErrors.code"), contains("NOT_FOUND"));

        assertEquals("CANCELLED", client.run("inventory/stocktakeCancel", vars("id", id, "version", 0))
                .getString("data.stocktakeCancel.stocktake.status"));
        assertThat(client.run("inventory/stocktakeStart", vars("input", Map.of("warehouseId", wh(warehouse))))
                .getList("data.stocktakeStart.userErrors"), empty());
        assertEquals(4, stock.onHand(warehouse, inside));
    }

    @Test
    @TestSecurity(user = "counter-1", roles = "sales-clerk")
    void countersOfABlindStocktakeDoNotSeeTheBook() throws Throwable {
        long store = orgs.store(orgs.company("Blind Co"), "Blind Store");
        orgs.bind("counter-1", store, "SHOPPING_GUIDE");
        long warehouse = stock.warehouse(store);
        long a = stock.sku();
        stock.receive(warehouse, a, 6);
        long stocktakeId = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> stocktakes.start(warehouse, null, true, "manager"))).value();
        String id = GlobalId.encode("Stocktake", stocktakeId);

        assertThat(client.run("inventory/stocktakeCounts", vars("id", id, "input", counts("shelf", sku(a), 5)))
                .getList("data.stocktakeCountsRecord.userErrors"), empty());
        JsonPath seen = client.run("inventory/stocktake", vars("id", id));
        assertThat(seen.getList("errors"), nullValue());
        assertThat(seen.getList("data.stocktake.lines.edges.node.counted"), contains(5));
        assertThat(seen.getList("data.stocktake.lines.edges.node.frozenOnHand"), everyItem(nullValue()));
        assertThat(seen.getList("data.stocktake.lines.edges.node.variance"), everyItem(nullValue()));
        JsonPath report = client.run("inventory/stocktakeReport", vars("id", id));
        assertEquals("forbidden", report.getString("errors[0].extensions.code"));
        assertNull(report.get("data.stocktakeReport"));
        assertThat(client.run("inventory/stocktakePost", vars("id", id, "version", 0)).getString("errors[0].extensions.code"),
                org.hamcrest.Matchers.is("forbidden"));
        assertEquals(6, stock.onHand(warehouse, a));
    }
}
