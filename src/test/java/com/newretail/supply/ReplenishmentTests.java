package com.newretail.supply;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.supply.domain.NightlySuggestions;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Flow 3 of the brief starting from a suggestion: a store sells tea fast and has little left, cups slowly
 * with plenty; the store manager sees tea (not cups) suggested with its reasoning, asks the dealer for it,
 * the dealer approves, and a stock transfer from the dealer's warehouse carries it. The dealer may turn a
 * request down; the nightly run drafts one request per store warehouse that the store submits.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplenishmentTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String MANAGER = "rep-manager";
    private static final String DEALER = "rep-dealer";

    record World(long dealer, long store, long dealerWarehouse, long storeWarehouse, long tea, long cup, long kettle) {
    }

    private static World world;
    private static String approvedRequest;
    private static String rejectable;

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Inject
    NightlySuggestions nightly;

    private World world() {
        if (world != null) {
            return world;
        }
        long company = orgs.company("Replenish Co");
        long dealer = orgs.dealer(company, "Replenish Dealer");
        long store = orgs.store(dealer, "Replenish Store");
        orgs.bind(MANAGER, store, "STORE_MANAGER");
        orgs.bind(DEALER, dealer, "DEALER_OWNER");
        long dealerWarehouse = stock.warehouse(dealer, "DEALER");
        long storeWarehouse = stock.warehouse(store);
        long tea = stock.sku();
        long cup = stock.sku();
        long kettle = stock.sku();
        stock.receive(dealerWarehouse, tea, 1000);
        stock.receive(dealerWarehouse, kettle, 1000);
        stock.receive(storeWarehouse, tea, 5);
        stock.receive(storeWarehouse, cup, 50);
        stock.receive(storeWarehouse, kettle, 2);
        LocalDate today = LocalDate.now(ZONE);
        // Tea: 10 a day for the last 28 days. Cups: one a week.
        for (int day = 1; day <= 28; day++) {
            sold(store, tea, today.minusDays(day), 10);
            if (day % 7 == 0) {
                sold(store, cup, today.minusDays(day), 1);
            }
        }
        sold(store, tea, today, 500); // today is not over: it does not count
        world = new World(dealer, store, dealerWarehouse, storeWarehouse, tea, cup, kettle);
        return world;
    }

    private void sold(long store, long sku, LocalDate day, int units) {
        pool.preparedQuery("INSERT INTO sku_sales_daily (store_id, business_date, sku_id, sold, sales) VALUES ($1, $2, $3, $4, $4 * 9.90) "
                + "ON CONFLICT (store_id, business_date, sku_id) DO UPDATE SET sold = sku_sales_daily.sold + EXCLUDED.sold")
                .execute(Tuple.of(store, day, sku, units)).await().indefinitely();
    }

    /** Store warehouses other test classes left with something to order (the database is shared). */
    private int others() {
        return pool.preparedQuery("SELECT count(*) FROM replenishment_request WHERE origin = 'NIGHTLY' AND status = 'DRAFT' AND warehouse_id <> $1")
                .execute(Tuple.of(world.storeWarehouse())).await().indefinitely().iterator().next().getInteger(0);
    }

    private static String wh(long id) {
        return GlobalId.encode("Warehouse", id);
    }

    private static String sku(long id) {
        return GlobalId.encode("Sku", id);
    }

    private JsonPath suggestions(long warehouse) {
        JsonPath result = client.run("supply/replenishmentSuggestions", vars("warehouseId", wh(warehouse)));
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        return result;
    }

    @Test
    @Order(1)
    @TestSecurity(user = MANAGER, roles = "store-manager")
    void aFastSellerWithLittleStockIsSuggestedWithItsReasoningAndASlowSellerIsNot() {
        World w = world();
        JsonPath found = suggestions(w.storeWarehouse());
        assertThat(found.getList("data.replenishmentSuggestions.sku.id"), contains(sku(w.tea())));
        String at = "data.replenishmentSuggestions[0].";
        assertEquals("10.00", found.getString(at + "average7Days"));
        assertEquals("10.00", found.getString(at + "dailySales"));
        assertEquals(5, found.getInt(at + "available"));
        assertEquals(30, found.getInt(at + "reorderPoint"));
        assertEquals(170, found.getInt(at + "targetStock"));
        assertEquals(165, found.getInt(at + "quantity"));
        assertThat(found.getString(at + "reason"), containsString("Sells 10.00 a day"));

        // A min/max policy for the kettle (2 on hand, never sold) and packs of 12 for tea.
        JsonPath minMax = client.run("supply/replenishmentPolicySet", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()),
                "skuId", sku(w.kettle()), "leadTimeDays", 2, "coverDays", 7, "minQuantity", 5, "maxQuantity", 20)));
        ok(minMax, "replenishmentPolicySet");
        ok(client.run("supply/replenishmentPolicySet", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()), "skuId", sku(w.tea()),
                "leadTimeDays", 3, "coverDays", 14, "packSize", 12))), "replenishmentPolicySet");
        assertThat(client.run("supply/replenishmentPolicySet", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()), "leadTimeDays", 3,
                "coverDays", 14, "minQuantity", 5))).getList("data.replenishmentPolicySet.userErrors.code"), contains("INVALID_VALUE"));
        assertThat(client.run("supply/replenishmentPolicySet", vars("input", Map.of("warehouseId", wh(w.dealerWarehouse()), "leadTimeDays", 3,
                "coverDays", 14))).getList("data.replenishmentPolicySet.userErrors.code"), contains("NOT_FOUND"));
        JsonPath after = suggestions(w.storeWarehouse());
        assertThat(after.getList("data.replenishmentSuggestions.sku.id"), contains(sku(w.tea()), sku(w.kettle())));
        assertThat(after.getList("data.replenishmentSuggestions.quantity"), contains(168, 18));
    }

    @Test
    @Order(2)
    @TestSecurity(user = MANAGER, roles = "store-manager")
    void theStoreAsksItsDealerForWhatIsSuggestedAndCannotApproveItself() {
        World w = world();
        JsonPath created = ok(client.run("supply/replenishmentRequestCreate", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()),
                "note", "Tea is flying"))), "replenishmentRequestCreate");
        String at = "data.replenishmentRequestCreate.replenishmentRequest.";
        assertEquals("REQUESTED", created.getString(at + "status"));
        assertEquals("SUGGESTION", created.getString(at + "origin"));
        assertEquals(wh(w.dealerWarehouse()), created.getString(at + "sourceWarehouse.id"));
        assertThat(created.getList(at + "lines.sku.id"), contains(sku(w.tea()), sku(w.kettle())));
        assertThat(created.getList(at + "lines.quantity"), contains(168, 18));
        assertEquals(186, created.getInt(at + "totalQuantity"));
        approvedRequest = created.getString(at + "id");
        // What is requested is in the pipeline now: nothing more is suggested.
        assertThat(suggestions(w.storeWarehouse()).getList("data.replenishmentSuggestions"), org.hamcrest.Matchers.empty());
        assertThat(client.run("supply/replenishmentRequestCreate", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()))))
                .getList("data.replenishmentRequestCreate.userErrors.code"), contains("NOTHING_TO_ORDER"));
        // The store is not the supplier: approving answers as for a request it cannot see from that side.
        assertThat(client.run("supply/replenishmentRequestApprove", vars("id", approvedRequest, "version", 0))
                .getList("data.replenishmentRequestApprove.userErrors.code"), contains("NOT_FOUND"));
        // A hand-made request, and bad ones.
        JsonPath manual = ok(client.run("supply/replenishmentRequestCreate", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()),
                "lines", List.of(Map.of("skuId", sku(w.cup()), "quantity", 6))))), "replenishmentRequestCreate");
        assertEquals("MANUAL", manual.getString(at + "origin"));
        assertNull(manual.get(at + "lines[0].suggestedQuantity"));
        rejectable = manual.getString(at + "id");
        assertThat(client.run("supply/replenishmentRequestCreate", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()), "lines",
                List.of(Map.of("skuId", sku(w.cup()), "quantity", 1), Map.of("skuId", sku(w.cup()), "quantity", 2)))))
                .getList("data.replenishmentRequestCreate.userErrors.code"), contains("DUPLICATE_SKU"));
        assertThat(client.run("supply/replenishmentRequestCreate", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()), "lines",
                List.of(Map.of("skuId", sku(w.cup()), "quantity", 0))))).getList("data.replenishmentRequestCreate.userErrors.code"), contains("INVALID_VALUE"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = DEALER, roles = { "org-admin", "store-manager" })
    void theDealerApprovesIntoATransferAndRejectsWithANote() {
        World w = world();
        JsonPath stale = client.run("supply/replenishmentRequestApprove", vars("id", approvedRequest, "version", 7));
        assertThat(stale.getList("data.replenishmentRequestApprove.userErrors.code"), contains("STALE_VERSION"));
        JsonPath approved = ok(client.run("supply/replenishmentRequestApprove", vars("id", approvedRequest, "version", 0)),
                "replenishmentRequestApprove");
        String at = "data.replenishmentRequestApprove.replenishmentRequest.";
        assertEquals("APPROVED", approved.getString(at + "status"));
        assertEquals(DEALER, approved.getString(at + "decidedBy"));
        assertEquals("DRAFT", approved.getString(at + "transfer.status"));
        assertEquals(wh(w.dealerWarehouse()), approved.getString(at + "transfer.sourceWarehouse.id"));
        assertEquals(wh(w.storeWarehouse()), approved.getString(at + "transfer.targetWarehouse.id"));
        assertThat(approved.getList(at + "transfer.lines.quantity"), org.hamcrest.Matchers.containsInAnyOrder(168, 18));
        assertThat(client.run("supply/replenishmentRequestApprove", vars("id", approvedRequest, "version", 1))
                .getList("data.replenishmentRequestApprove.userErrors.code"), contains("WRONG_STATUS"));

        assertThat(client.run("supply/replenishmentRequestReject", vars("id", rejectable, "version", 0, "note", " "))
                .getList("data.replenishmentRequestReject.userErrors.code"), contains("INVALID_VALUE"));
        JsonPath rejected = ok(client.run("supply/replenishmentRequestReject", vars("id", rejectable, "version", 0, "note", "Cups are discontinued")),
                "replenishmentRequestReject");
        assertEquals("REJECTED", rejected.getString("data.replenishmentRequestReject.replenishmentRequest.status"));
        assertEquals("Cups are discontinued", rejected.getString("data.replenishmentRequestReject.replenishmentRequest.decisionNote"));
        // The dealer lists what its stores asked of it.
        JsonPath asked = client.run("supply/replenishmentRequests", vars("sourceWarehouseId", wh(w.dealerWarehouse())));
        assertThat(asked.getList("data.replenishmentRequests.edges.node.id"), contains(rejectable, approvedRequest));
    }

    @Test
    @Order(4)
    @TestSecurity(user = MANAGER, roles = "store-manager")
    void theNightlyRunDraftsOneRequestPerStoreWarehouseThatTheStoreSubmits() throws Throwable {
        World w = world();
        // Once the approved transfer is on its way, tea is covered; a new surge makes it short again.
        sold(w.store(), w.tea(), LocalDate.now(ZONE).minusDays(1), 1000);
        assertEquals(1, (int) VertxContextSupport.subscribeAndAwait(() -> nightly.run(LocalDate.now(ZONE))) - others());
        VertxContextSupport.subscribeAndAwait(() -> nightly.run(LocalDate.now(ZONE)));
        JsonPath drafts = client.run("supply/replenishmentRequests", vars("warehouseId", wh(w.storeWarehouse()), "status", "DRAFT"));
        List<String> ids = drafts.getList("data.replenishmentRequests.edges.node.id");
        assertEquals(1, ids.size(), drafts.prettify());
        assertEquals("NIGHTLY", drafts.getString("data.replenishmentRequests.edges[0].node.origin"));
        assertThat(drafts.getList("data.replenishmentRequests.edges[0].node.lines.sku.id"), contains(sku(w.tea())));
        JsonPath submitted = ok(client.run("supply/replenishmentRequestSubmit", vars("id", ids.get(0), "version", 0)), "replenishmentRequestSubmit");
        assertEquals("REQUESTED", submitted.getString("data.replenishmentRequestSubmit.replenishmentRequest.status"));
        JsonPath cancelled = ok(client.run("supply/replenishmentRequestCancel", vars("id", ids.get(0), "version", 1)), "replenishmentRequestCancel");
        assertEquals("CANCELLED", cancelled.getString("data.replenishmentRequestCancel.replenishmentRequest.status"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "rep-outsider", roles = "store-manager")
    void anotherStoreSeesNeitherTheSuggestionsNorTheRequests() {
        World w = world();
        orgs.bind("rep-outsider", orgs.store(orgs.company("Other Replenish Co"), "Other Replenish Store"), "STORE_MANAGER");
        assertThat(suggestions(w.storeWarehouse()).getList("data.replenishmentSuggestions"), org.hamcrest.Matchers.empty());
        assertNull(client.run("supply/replenishmentRequests", vars("warehouseId", wh(w.storeWarehouse())))
                .getList("data.replenishmentRequests.edges").stream().findFirst().orElse(null));
        assertThat(client.run("supply/replenishmentRequestCreate", vars("input", Map.of("warehouseId", wh(w.storeWarehouse()))))
                .getList("data.replenishmentRequestCreate.userErrors.code"), contains("NOT_FOUND"));
    }
}
