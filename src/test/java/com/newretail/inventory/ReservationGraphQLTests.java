package com.newretail.inventory;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.lines;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Reservations hold stock until they are released, committed or expire; every step is a ledger row. */
@QuarkusTest
class ReservationGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    private Map<String, Object> reservation(long warehouse, OffsetDateTime expiresAt, Object... skuAndQuantity) {
        return Map.of("warehouseId", wh(warehouse), "reference", "ORDER-1", "expiresAt", expiresAt.toString(),
                "lines", lines(skuAndQuantity));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "hq-admin")
    void aReservationHoldsStockUntilItIsCommittedOrReleased() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Hold Co"), "Hold Store"));
        long item = stock.sku();
        stock.receive(warehouse, item, 5);
        OffsetDateTime tomorrow = OffsetDateTime.now().plusDays(1);

        JsonPath held = ok(client.run("inventory/reservationCreate", vars("input", reservation(warehouse, tomorrow, sku(item), 3))),
                "stockReservationCreate");
        String id = held.getString("data.stockReservationCreate.reservation.id");
        assertEquals("ACTIVE", held.getString("data.stockReservationCreate.reservation.status"));
        assertEquals(5, stock.onHand(warehouse, item));
        assertEquals(3, stock.reserved(warehouse, item));
        // Only 2 are available now: neither another hold of 3 nor a sale of 3 fits.
        assertThat(client.run("inventory/reservationCreate", vars("input", reservation(warehouse, tomorrow, sku(item), 3)))
                .getList("data.stockReservationCreate.userErrors.code"), contains("INSUFFICIENT_STOCK"));
        assertThat(client.run("inventory/issue", vars("input", com.newretail.support.InventoryCalls.document(warehouse, "SALE", sku(item), 3)))
                .getList("data.stockIssuePost.userErrors.code"), contains("INSUFFICIENT_STOCK"));

        JsonPath committed = ok(client.run("inventory/reservationCommit", vars("id", id)), "stockReservationCommit");
        assertEquals("COMMITTED", committed.getString("data.stockReservationCommit.reservation.status"));
        assertEquals(2, stock.onHand(warehouse, item));
        assertEquals(0, stock.reserved(warehouse, item));
        assertThat(client.run("inventory/reservationRelease", vars("id", id)).getList("data.stockReservationRelease.userErrors.code"),
                contains("INVALID_STATUS"));

        String second = ok(client.run("inventory/reservationCreate", vars("input", reservation(warehouse, tomorrow, sku(item), 2))),
                "stockReservationCreate").getString("data.stockReservationCreate.reservation.id");
        assertEquals("RELEASED", ok(client.run("inventory/reservationRelease", vars("id", second)), "stockReservationRelease")
                .getString("data.stockReservationRelease.reservation.status"));
        assertEquals(2, stock.onHand(warehouse, item));
        assertEquals(0, stock.reserved(warehouse, item));
        assertEquals(2, stock.ledgerRows(warehouse, item, "RESERVE"));
        assertEquals(1, stock.ledgerRows(warehouse, item, "RELEASE"));
        assertEquals(-3, stock.ledgerDelta(warehouse, item, "SALE"));
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "hq-admin")
    void anExpiredReservationGivesItsStockBack() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Expiry Co"), "Expiry Store"));
        long item = stock.sku();
        stock.receive(warehouse, item, 4);
        String id = ok(client.run("inventory/reservationCreate", vars("input",
                reservation(warehouse, OffsetDateTime.now().plusSeconds(2), sku(item), 4))), "stockReservationCreate")
                .getString("data.stockReservationCreate.reservation.id");
        assertEquals(4, stock.reserved(warehouse, item));

        // The sweep runs every second in tests; give it a generous deadline.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() ->
                "EXPIRED".equals(client.run("inventory/stockReservation", vars("id", id)).getString("data.stockReservation.status")));
        assertEquals(0, stock.reserved(warehouse, item));
        assertEquals(4, stock.onHand(warehouse, item));
        assertThat(client.run("inventory/reservationCommit", vars("id", id)).getList("data.stockReservationCommit.userErrors.code"),
                contains("INVALID_STATUS"));
        assertEquals(0, stock.ledgerMismatches());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "hq-admin")
    void badReservationsChangeNothing() {
        long warehouse = stock.warehouse(orgs.store(orgs.company("Bad Hold Co"), "Bad Hold Store"));
        long item = stock.sku();
        stock.receive(warehouse, item, 1);
        assertThat(client.run("inventory/reservationCreate", vars("input", reservation(warehouse, OffsetDateTime.now().minusMinutes(1),
                sku(item), 1))).getList("data.stockReservationCreate.userErrors.code"), contains("INVALID_VALUE"));
        assertThat(client.run("inventory/reservationCreate", vars("input", reservation(warehouse, OffsetDateTime.now().plusDays(31),
                sku(item), 1))).getList("data.stockReservationCreate.userErrors.code"), contains("INVALID_VALUE"));
        assertThat(client.run("inventory/reservationCreate", vars("input", reservation(warehouse, OffsetDateTime.now().plusDays(1),
                sku(item), 0))).getList("data.stockReservationCreate.userErrors.code"), contains("INVALID_VALUE"));
        assertThat(client.run("inventory/reservationCreate", vars("input", reservation(999_999_999L, OffsetDateTime.now().plusDays(1),
                sku(item), 1))).getList("data.stockReservationCreate.userErrors.code"), contains("NOT_FOUND"));
        assertEquals(0, stock.reserved(warehouse, item));
        assertEquals(0, stock.ledgerRows(warehouse, item, "RESERVE"));
    }
}
