package com.newretail.platform.reads;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.RetailFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class PlannedReadsSmokeTests {

    @Inject
    RetailFixtures retail;

    private static Response post(String query, Map<String, Object> variables, String path) {
        return post(query, variables, path, null);
    }

    private static Response post(String query, Map<String, Object> variables, String path, String accept) {
        var request = given().contentType("application/json").body(Map.of("query", query, "variables", variables));
        if (accept != null) {
            request = request.header("Accept", accept);
        }
        if (path != null) {
            request = request.header(PlannedReadsRoute.PATH_HEADER, path);
        }
        return request.post("/graphql");
    }

    @Test
    @TestSecurity(user = "planner-smoke", roles = "sales-clerk")
    void q1IsPlannedAndIdentical() {
        RetailFixtures.Basket basket = retail.memberBasket("Planner Co", "planner-smoke", "Wu Fang");
        for (int i = 0; i < 3; i++) {
            ok(GraphQLClient.anonymous().run("retail/salePost", vars("input", fields("storeId", gid(basket.shop().store()),
                    "lines", List.of(fields("skuId", sku(basket.tea()), "quantity", 1), fields("skuId", sku(basket.cup()), "quantity", 1)),
                    "tenders", List.of(fields("tender", "CASH", "amount", "100.00"))), "key", null)), "salePost");
        }
        String q1 = "query Q1($first: Int) { orders(first: $first) { edges { cursor node { id __typename receiptNo businessDate status createdAt "
                + "total { amount currency } lines { quantity lineNo lineTotal { amount currency } sku { id code attributes retailPrice { amount } "
                + "product { name id } } } } } pageInfo { hasNextPage endCursor startCursor hasPreviousPage } } }";
        Response smallrye = post(q1, Map.of("first", 2), "smallrye");
        Response planned = post(q1, Map.of("first", 2), null);
        assertEquals("smallrye", smallrye.header(PlannedReadsRoute.PATH_HEADER));
        assertEquals("planned", planned.header(PlannedReadsRoute.PATH_HEADER));
        assertEquals(PlannedReadsDifferentialTests.withoutBucketLevel(smallrye.asString()), PlannedReadsDifferentialTests.withoutBucketLevel(planned.asString()));
        assertEquals(smallrye.contentType(), planned.contentType());
        for (String accept : List.of("application/json", "application/graphql-response+json", "text/html, application/json;q=0.5",
                "application/json; charset=utf-8", "*/*")) {
            Response a = post(q1, Map.of("first", 1), "smallrye", accept);
            Response b = post(q1, Map.of("first", 1), null, accept);
            assertEquals(a.contentType(), b.contentType(), accept);
            assertEquals("planned", b.header(PlannedReadsRoute.PATH_HEADER), accept);
        }
    }
}
