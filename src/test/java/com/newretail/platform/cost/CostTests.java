package com.newretail.platform.cost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.SqlStatements;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Query cost with the production limits and a small bucket: a costly document is refused before any
 * SQL runs, a burst beyond the bucket is throttled with a retry-after, every response reports its
 * cost, and the planned and SmallRye paths charge the same.
 */
@QuarkusTest
@TestProfile(CostTests.SmallBucket.class)
class CostTests {

    /** The production maximum per query; a bucket of 1,000 points refilled at 100 a second. */
    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newretail.cost.bucket.maximum", "1000", "newretail.cost.bucket.restore-rate", "100");
        }
    }

    private static final String PRODUCTS = "query Products($first: Int) { products(first: $first) { edges { node { id name skus { code retailPrice { amount } } } } } }";

    @Inject
    Pool pool;

    private SqlStatements statements;

    @BeforeEach
    void countStatements() {
        statements = SqlStatements.counting(pool);
    }

    private long catalogStatements() {
        return statements.touching("product");
    }

    private static Response post(String query, Map<String, Object> variables, String path) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables));
        if (path != null) {
            request = request.header("X-NewRetail-Path", path);
        }
        return request.when().post("/graphql").then().statusCode(200).extract().response();
    }

    @Test
    @TestSecurity(user = "cost-aliases", roles = "hq-admin")
    void ninetyAliasesOfProductsWithSkusAndStockAreRefusedBeforeAnySql() {
        StringBuilder query = new StringBuilder("query Greedy {");
        for (int i = 0; i < 90; i++) {
            query.append(" a").append(i).append(": products(first: 100) { edges { node { id skus { code stockLevels { onHand available } } } } }");
        }
        query.append(" }");
        long before = catalogStatements();

        JsonPath refused = post(query.toString(), Map.of(), null).jsonPath();

        assertEquals(before, catalogStatements(), "no statement read the catalog");
        assertNull(refused.get("data"));
        assertEquals(CostGate.MAX_COST_EXCEEDED, refused.getString("errors[0].extensions.code"), refused.prettify());
        // 90 × (1 + 100 × (2 + 20 SKUs × (1 + 20 stock levels)))
        assertEquals(90 * (1 + 100 * (2 + 20 * 21)), refused.getInt("extensions.cost.requestedQueryCost"));
        assertNull(refused.get("extensions.cost.actualQueryCost"));
        assertEquals(1000, refused.getInt("extensions.cost.throttleStatus.currentlyAvailable"), "a refused query takes nothing");
    }

    @Test
    @TestSecurity(user = "cost-burst", roles = "hq-admin")
    void aBurstBeyondTheBucketIsThrottledWithARetryAfter() throws Exception {
        // 1 + 40 × (2 + 20 × (1 + 1)) = 1,681: more than a full bucket ever holds, so too costly rather than throttled.
        JsonPath tooMuch = post(PRODUCTS, Map.of("first", 40), null).jsonPath();
        assertEquals(CostGate.MAX_COST_EXCEEDED, tooMuch.getString("errors[0].extensions.code"), tooMuch.prettify());

        // 1 + 20 × 42 = 841 each, taken up front and given back when done: of ten at once, most find the bucket empty.
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(clients.submit(() -> post(PRODUCTS, Map.of("first", 20), null)));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get(30, TimeUnit.SECONDS));
        }
        clients.shutdown();
        List<Response> throttled = answers.stream().filter(r -> CostGate.THROTTLED.equals(r.jsonPath().getString("errors[0].extensions.code"))).toList();
        List<Response> served = answers.stream().filter(r -> r.jsonPath().get("errors") == null).toList();
        assertEquals(10, throttled.size() + served.size(), "each either served or throttled");
        assertThat("some were throttled", throttled.size(), greaterThan(0));
        assertThat("some were served", served.size(), greaterThan(0));
        JsonPath refused = throttled.get(0).jsonPath();
        assertNull(refused.get("data"));
        assertEquals(841, refused.getInt("extensions.cost.requestedQueryCost"));
        assertThat(refused.getInt("extensions.cost.throttleStatus.currentlyAvailable"), lessThan(841));
        int retryAfter = refused.getInt("errors[0].extensions.retryAfterSeconds");
        assertThat(retryAfter, greaterThan(0));
        assertEquals(Integer.toString(retryAfter), throttled.get(0).header("Retry-After"));
    }

    @Test
    @TestSecurity(user = "cost-paths", roles = "hq-admin")
    void thePlannedAndSmallRyePathsChargeTheSameAndEveryResponseSaysWhatItCost() {
        GraphQLClient admin = GraphQLClient.anonymous();
        String code = OrgFixtures.uniqueCode("COST");
        JsonPath created = admin.run("catalog/productCreate", GraphQLClient.vars("input", Map.of("code", code, "name", "Cost " + code,
                "skus", List.of(Map.of("code", code + "-1", "retailPrice", "9.90"), Map.of("code", code + "-2", "retailPrice", "12.00")))));
        assertNotNull(created.getString("data.productCreate.product.id"), created.prettify());
        // A mutation: its writes (10) plus the objects it returned.
        assertThat(created.getInt("extensions.cost.requestedQueryCost"), greaterThan(10));
        assertThat(created.getInt("extensions.cost.actualQueryCost"), greaterThan(10));

        Response planned = post(PRODUCTS, Map.of("first", 3), null);
        Response smallrye = post(PRODUCTS, Map.of("first", 3), "smallrye");
        assertEquals("planned", planned.header("X-NewRetail-Path"));
        assertEquals("smallrye", smallrye.header("X-NewRetail-Path"));
        JsonPath a = planned.jsonPath();
        JsonPath b = smallrye.jsonPath();
        assertEquals(1 + 3 * 42, a.getInt("extensions.cost.requestedQueryCost"));
        assertEquals(a.getInt("extensions.cost.requestedQueryCost"), b.getInt("extensions.cost.requestedQueryCost"));
        assertEquals(a.getInt("extensions.cost.actualQueryCost"), b.getInt("extensions.cost.actualQueryCost"));
        assertEquals(a.getMap("data"), b.getMap("data"));
        int edges = a.getList("data.products.edges").size();
        assertEquals(1 + edges * 2 + a.getList("data.products.edges.node.skus.flatten()").size() * 2, a.getInt("extensions.cost.actualQueryCost"),
                "the objects the response holds");
        assertThat(a.getInt("extensions.cost.actualQueryCost"), lessThan(a.getInt("extensions.cost.requestedQueryCost")));
        assertEquals(1 + 2 * 42, post(PRODUCTS, Map.of("first", 2), null).jsonPath().getInt("extensions.cost.requestedQueryCost"),
                "the same document with another page size costs what that page can hold");
        assertEquals(1000, a.getInt("extensions.cost.throttleStatus.maximumAvailable"));
        assertEquals(100, a.getInt("extensions.cost.throttleStatus.restoreRate"));
    }
}
