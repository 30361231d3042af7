package com.newretail.inventory;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.concurrently;
import static com.newretail.support.InventoryCalls.document;
import static com.newretail.support.InventoryCalls.lines;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Draft documents with optimistic concurrency, and transfers from draft to closed. */
@QuarkusTest
class DraftsAndTransfersTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aDraftIsEditedWithItsVersionAndPostedOnce() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Draft Co"), "Draft Store"));
        long tea = stock.sku();
        long cup = stock.sku();

        JsonPath draft = client.run("inventory/documentDraft", vars("type", "RECEIPT", "input", document(warehouse, null, sku(tea), 12)));
        assertThat(draft.prettify(), draft.getList("data.stockDocumentCreate.userErrors"), empty());
        String id = draft.getString("data.stockDocumentCreate.document.id");
        assertEquals("DRAFT", draft.getString("data.stockDocumentCreate.document.status"));
        assertEquals("RECEIPT", draft.getString("data.stockDocumentCreate.document.reason"));
        assertEquals(wh(warehouse), draft.getString("data.stockDocumentCreate.document.warehouse.id"));
        assertEquals(0, stock.onHand(warehouse, tea));

        JsonPath edited = client.run("inventory/documentUpdate", vars("id", id, "version", 0,
                "input", Map.of("reference", "DN-1", "lines", lines(sku(tea), 10, sku(cup), 4))));
        assertThat(edited.getList("data.stockDocumentUpdate.userErrors"), empty());
        assertEquals(1, edited.getInt("data.stockDocumentUpdate.document.version"));
        assertThat(edited.getList("data.stockDocumentUpdate.document.lines.quantity"), containsInAnyOrder(10, 4));

        // Someone still holding version 0 can neither edit nor post it.
        JsonPath stale = client.run("inventory/documentUpdate", vars("id", id, "version", 0, "input", Map.of("lines", lines(sku(tea), 99))));
        assertThat(stale.getList("data.stockDocumentUpdate.userErrors.code"), contains("STALE_VERSION"));
        assertThat(client.run("inventory/documentPost", vars("id", id, "version", 0)).getList("data.stockDocumentPost.userErrors.code"),
                contains("STALE_VERSION"));
        assertEquals(0, stock.onHand(warehouse, tea));

        JsonPath posted = client.run("inventory/documentPost", vars("id", id, "version", 1));
        assertThat(posted.getList("data.stockDocumentPost.userErrors"), empty());
        assertEquals("POSTED", posted.getString("data.stockDocumentPost.document.status"));
        assertEquals(10, stock.onHand(warehouse, tea));
        assertEquals(4, stock.onHand(warehouse, cup));

        assertThat(client.run("inventory/documentPost", vars("id", id, "version", 2)).getList("data.stockDocumentPost.userErrors.code"),
                contains("INVALID_STATUS"));
        assertThat(client.run("inventory/documentCancel", vars("id", id, "version", 2)).getList("data.stockDocumentCancel.userErrors.code"),
                contains("INVALID_STATUS"));
        assertEquals(10, stock.onHand(warehouse, tea));
        assertEquals(1, stock.ledgerRows(warehouse, tea, "RECEIPT"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aShortIssueDraftStaysADraftAndCanBeCancelled() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Short Co"), "Short Store"));
        long tea = stock.sku();
        stock.receive(warehouse, tea, 3);
        JsonPath draft = client.run("inventory/documentDraft", vars("type", "ISSUE", "input", document(warehouse, "DAMAGE", sku(tea), 5)));
        String id = draft.getString("data.stockDocumentCreate.document.id");
        assertThat(client.run("inventory/documentPost", vars("id", id, "version", 0)).getList("data.stockDocumentPost.userErrors.code"),
                contains("INSUFFICIENT_STOCK"));
        assertEquals(3, stock.onHand(warehouse, tea));
        JsonPath cancelled = client.run("inventory/documentCancel", vars("id", id, "version", 0));
        assertEquals("CANCELLED", cancelled.getString("data.stockDocumentCancel.document.status"));
        assertThat(client.run("inventory/documentDraft", vars("type", "ISSUE", "input", document(warehouse, "RECEIPT", sku(tea), 1)))
                .getList("data.stockDocumentCreate.userErrors.code"), contains("INVALID_VALUE"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aTransferShipsIsReceivedInPartsAndClosesWithItsDiscrepancies() {
        long company = orgs.company("Transfer Co");
        long from = stock.warehouse(orgs.store(company, "Transfer From"));
        long to = stock.warehouse(orgs.store(company, "Transfer To"));
        long x = stock.sku();
        long y = stock.sku();
        stock.receive(from, x, 10);
        stock.receive(from, y, 5);

        JsonPath created = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                "targetWarehouseId", wh(to), "reference", "TR-1", "lines", lines(sku(x), 3))));
        assertThat(created.prettify(), created.getList("data.stockTransferCreate.userErrors"), empty());
        String id = created.getString("data.stockTransferCreate.transfer.id");
        assertEquals("DRAFT", created.getString("data.stockTransferCreate.transfer.status"));
        assertEquals(wh(to), created.getString("data.stockTransferCreate.transfer.targetWarehouse.id"));
        JsonPath edited = client.run("inventory/transferUpdate", vars("id", id, "version", 0,
                "input", Map.of("lines", lines(sku(x), 6, sku(y), 5))));
        assertEquals(1, edited.getInt("data.stockTransferUpdate.transfer.version"));

        JsonPath shipped = client.run("inventory/transferShip", vars("id", id, "version", 1));
        assertThat(shipped.getList("data.stockTransferShip.userErrors"), empty());
        assertEquals("SHIPPED", shipped.getString("data.stockTransferShip.transfer.status"));
        assertEquals(11, shipped.getInt("data.stockTransferShip.transfer.inTransit"));
        assertEquals(4, stock.onHand(from, x));
        assertEquals(0, stock.onHand(from, y));
        assertEquals(-6, stock.ledgerDelta(from, x, "TRANSFER_OUT"));
        assertThat(client.run("inventory/transferCancel", vars("id", id, "version", 2)).getList("data.stockTransferCancel.userErrors.code"),
                contains("INVALID_STATUS"));

        JsonPath partly = client.run("inventory/transferReceive", vars("id", id, "version", 2,
                "input", Map.of("lines", lines(sku(x), 4))));
        assertThat(partly.getList("data.stockTransferReceive.userErrors"), empty());
        assertEquals("PARTIALLY_RECEIVED", partly.getString("data.stockTransferReceive.transfer.status"));
        assertEquals(4, stock.onHand(to, x));

        // Only 2 of x are still in transit: receiving 3 is refused and nothing changes.
        JsonPath tooMany = client.run("inventory/transferReceive", vars("id", id, "version", 3, "input", Map.of("lines", lines(sku(x), 3))));
        assertThat(tooMany.getList("data.stockTransferReceive.userErrors.code"), contains("EXCEEDS_SHIPPED"));
        assertEquals(4, stock.onHand(to, x));

        JsonPath rest = client.run("inventory/transferReceive", vars("id", id, "version", 3, "input", Map.of(
                "lines", lines(sku(x), 1, sku(y), 4),
                "discrepancies", List.of(Map.of("skuId", sku(y), "quantity", 1, "reason", "DAMAGED", "note", "Crushed box")))));
        assertThat(rest.getList("data.stockTransferReceive.userErrors"), empty());
        assertEquals("PARTIALLY_RECEIVED", rest.getString("data.stockTransferReceive.transfer.status"));
        assertEquals(1, rest.getInt("data.stockTransferReceive.transfer.inTransit"));

        JsonPath closed = client.run("inventory/transferClose", vars("id", id, "version", 4));
        assertThat(closed.getList("data.stockTransferClose.userErrors"), empty());
        assertEquals("CLOSED", closed.getString("data.stockTransferClose.transfer.status"));
        assertEquals(0, closed.getInt("data.stockTransferClose.transfer.inTransit"));
        assertThat(closed.getList("data.stockTransferClose.transfer.discrepancies.reason"), contains("DAMAGED", "LOST"));
        assertEquals(5, stock.onHand(to, x));
        assertEquals(4, stock.onHand(to, y));
        assertEquals(5, stock.ledgerDelta(to, x, "TRANSFER_IN"));
        assertEquals(0, stock.ledgerMismatches());

        assertThat(client.run("inventory/stockTransfers", vars("warehouseId", wh(to), "status", "CLOSED"))
                .getList("data.stockTransfers.edges.node.id"), contains(id));
        JsonPath ledger = client.run("inventory/stockLedger", vars("documentId", id));
        assertThat(ledger.getList("data.stockLedger.edges.node.reason"),
                contains("TRANSFER_IN", "TRANSFER_IN", "TRANSFER_IN", "TRANSFER_OUT", "TRANSFER_OUT"));
        assertThat(ledger.getList("data.stockLedger.edges.node.documentId"), org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(id)));
    }

    @Test
    @TestSecurity(user = "keeper-t", roles = "warehouse-keeper")
    void aStoreSendsOnlyWithinItsScopeOrUpItsParentChain() {
        long company = orgs.company("Reach Co");
        long dealer = orgs.dealer(company, "Reach Dealer");
        long store = orgs.store(dealer, "Reach Store");
        long sibling = orgs.store(dealer, "Reach Sibling");
        orgs.bind("keeper-t", store, "WAREHOUSE_KEEPER");
        long from = stock.warehouse(store);
        long dealerWarehouse = stock.warehouse(dealer);
        long companyWarehouse = stock.warehouse(company);
        long siblingWarehouse = stock.warehouse(sibling);
        long foreignWarehouse = stock.warehouse(orgs.store(orgs.company("Far Co"), "Far Store"));
        long x = stock.sku();
        stock.receive(from, x, 5);

        for (long upTheChain : List.of(dealerWarehouse, companyWarehouse)) {
            JsonPath created = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                    "targetWarehouseId", wh(upTheChain), "lines", lines(sku(x), 1))));
            assertThat(created.prettify(), created.getList("data.stockTransferCreate.userErrors"), empty());
        }
        assertThat(transferErrors(from, siblingWarehouse, sku(x), 1), contains("NOT_FOUND"));
        assertThat(transferErrors(from, foreignWarehouse, sku(x), 1), contains("NOT_FOUND"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void badTransfersChangeNothing() {
        long company = orgs.company("Bad Transfer Co");
        long from = stock.warehouse(orgs.store(company, "Bad From"));
        long to = stock.warehouse(orgs.store(company, "Bad To"));
        long x = stock.sku();
        stock.receive(from, x, 2);
        assertThat(transferErrors(from, from, sku(x), 1), contains("SAME_WAREHOUSE"));
        assertThat(transferErrors(from, to, sku(999_999_999L), 1), contains("UNKNOWN_SKU"));
        assertThat(transferErrors(from, to, sku(x), 0), contains("INVALID_VALUE"));
        assertThat(transferErrors(from, to, sku(x), -1), contains("INVALID_VALUE"));
        assertThat(transferErrors(from, 999_999_999L, sku(x), 1), contains("NOT_FOUND"));

        String id = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                "targetWarehouseId", wh(to), "lines", lines(sku(x), 3)))).getString("data.stockTransferCreate.transfer.id");
        assertThat(client.run("inventory/transferReceive", vars("id", id, "version", 0, "input", Map.of("lines", lines(sku(x), 1))))
                .getList("data.stockTransferReceive.userErrors.code"), contains("INVALID_STATUS"));
        assertThat(client.run("inventory/transferShip", vars("id", id, "version", 0)).getList("data.stockTransferShip.userErrors.code"),
                contains("INSUFFICIENT_STOCK"));
        assertEquals(2, stock.onHand(from, x));
        assertEquals(0, stock.ledgerRows(from, x, "TRANSFER_OUT"));
        assertEquals("CANCELLED", client.run("inventory/transferCancel", vars("id", id, "version", 0))
                .getString("data.stockTransferCancel.transfer.status"));
    }

    @Test
    @TestSecurity(user = "keeper-t", roles = "warehouse-keeper")
    void theSenderShipsAndOnlyTheReceiverReceives() {
        long company = orgs.company("Sides Co");
        long theirs = orgs.dealer(company, "Sides Dealer");   // up the sender's parent chain, outside its scope
        long mine = orgs.store(theirs, "Sides Mine");
        orgs.bind("keeper-t", mine, "WAREHOUSE_KEEPER");
        long myWarehouse = stock.warehouse(mine);
        long theirWarehouse = stock.warehouse(theirs);
        long x = stock.sku();
        stock.receive(myWarehouse, x, 5);
        stock.receive(theirWarehouse, x, 5);

        assertThat(transferErrors(theirWarehouse, myWarehouse, sku(x), 1), contains("NOT_FOUND"));
        JsonPath created = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(myWarehouse),
                "targetWarehouseId", wh(theirWarehouse), "lines", lines(sku(x), 2))));
        String id = created.getString("data.stockTransferCreate.transfer.id");
        assertThat(client.run("inventory/transferShip", vars("id", id, "version", 0)).getList("data.stockTransferShip.userErrors"), empty());
        assertThat(client.run("inventory/transferReceive", vars("id", id, "version", 1, "input", Map.of("lines", lines(sku(x), 2))))
                .getList("data.stockTransferReceive.userErrors.code"), contains("NOT_FOUND"));
        assertEquals(5, stock.onHand(theirWarehouse, x));
        assertThat(client.run("inventory/stockTransfers", vars()).getList("data.stockTransfers.edges.node.id"), hasItem(id));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void concurrentShipsActOnceWithOneKeyAndOnceByVersionWithout() throws Exception {
        long company = orgs.company("Race Co");
        long from = stock.warehouse(orgs.store(company, "Race From"));
        long to = stock.warehouse(orgs.store(company, "Race To"));
        long x = stock.sku();
        stock.receive(from, x, 10);
        Map<String, Object> input = Map.of("sourceWarehouseId", wh(from), "targetWarehouseId", wh(to), "lines", lines(sku(x), 2));
        String keyed = client.run("inventory/transferCreate", vars("input", input)).getString("data.stockTransferCreate.transfer.id");
        String unkeyed = client.run("inventory/transferCreate", vars("input", input)).getString("data.stockTransferCreate.transfer.id");

        List<Callable<String>> replays = new ArrayList<>();
        List<Callable<String>> racers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replays.add(() -> {
                JsonPath result = client.run("inventory/transferShip", vars("id", keyed, "version", 0, "key", "ship-" + keyed));
                assertThat(result.getList("errors"), nullValue());
                List<String> codes = result.getList("data.stockTransferShip.userErrors.code");
                return codes.isEmpty() ? result.getString("data.stockTransferShip.transfer.status") : codes.get(0);
            });
            racers.add(() -> {
                JsonPath result = client.run("inventory/transferShip", vars("id", unkeyed, "version", 0));
                assertThat(result.getList("errors"), nullValue());
                List<String> codes = result.getList("data.stockTransferShip.userErrors.code");
                return codes.isEmpty() ? "SHIPPED" : codes.get(0);
            });
        }
        assertThat(new HashSet<>(concurrently(10, replays)), contains("SHIPPED"));
        List<String> raced = concurrently(10, racers);
        assertEquals(1, raced.stream().filter("SHIPPED"::equals).count(), raced.toString());
        assertEquals(19, raced.stream().filter("STALE_VERSION"::equals).count(), raced.toString());
        assertEquals(6, stock.onHand(from, x));
        assertEquals(2, stock.ledgerRows(from, x, "TRANSFER_OUT"));
    }

    private List<String> transferErrors(long from, long to, String skuId, int quantity) {
        JsonPath result = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                "targetWarehouseId", wh(to), "lines", lines(skuId, quantity))));
        assertThat(result.getList("errors"), nullValue());
        assertThat(result.getString("data.stockTransferCreate.transfer"), nullValue());
        List<String> codes = result.getList("data.stockTransferCreate.userErrors.code");
        assertThat(codes, not(empty()));
        return codes;
    }
}
