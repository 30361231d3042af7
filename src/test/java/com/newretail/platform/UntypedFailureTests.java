package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.scope.DataScope;
import com.newretail.support.GraphQLClient;
import com.newretail.support.InventoryCalls;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.NoStackTraceThrowable;

/**
 * A resolver that fails with a Throwable that is neither an Exception nor an Error — Vert.x's
 * {@link NoStackTraceThrowable}, as a pooled connection that was closed under it answers ("Connection
 * is not active now") — is a fault like any other. SmallRye and Quarkus's Uni fetchers handle only
 * Exceptions and Errors and answered anything else as a null without an error: a transfer that cannot
 * be read looked like one that does not exist, and a mutation's payload like a success without its
 * document (ConnectionKillsTests, about one CI run in ten).
 */
@QuarkusTest
class UntypedFailureTests {

    private static final String CLOSED = "Connection is not active now, current status: CLOSED";

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    /** Every read of transfers fails as a closed pooled connection does. */
    @BeforeEach
    void closedConnectionUnderTransferReads() {
        QuarkusMock.installMockForType(new DocumentReader(null) {
            @Override
            public Uni<List<TransferRow>> transferPage(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId,
                    int limit) {
                return Uni.createFrom().failure(new NoStackTraceThrowable(CLOSED));
            }
        }, DocumentReader.class);
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aRootFieldThatFailsSoIsAFaultNotANull() {
        JsonPath answer = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("X-NewRetail-Path", "smallrye") // the planned path reads with its own statements
                .body(Map.of("query", "query($id: ID!) { stockTransfer(id: $id) { id } }", "variables",
                        Map.of("id", GlobalId.encode("StockTransfer", 1L))))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("data.stockTransfer"), answer.prettify());
        assertEquals("internal-error", answer.getString("errors[0].extensions.code"), answer.prettify());
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void aPayloadFieldThatFailsSoIsAFaultNotASuccessWithoutItsDocument() {
        long company = orgs.company("Untyped Co");
        long from = stock.warehouse(orgs.store(company, "Untyped From"));
        long to = stock.warehouse(orgs.store(company, "Untyped To"));
        long item = stock.sku();
        stock.receive(from, item, 5);
        JsonPath answer = client.run("inventory/transferCreate", vars("input", Map.of("sourceWarehouseId", wh(from),
                "targetWarehouseId", wh(to), "lines", InventoryCalls.lines(sku(item), 1)), "key", "untyped-" + company));
        assertNull(answer.get("data.stockTransferCreate.transfer"), answer.prettify());
        assertEquals("internal-error", answer.getString("errors[0].extensions.code"), answer.prettify());
    }
}
