package com.newretail.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newretail.support.SqlStatements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Abusive requests are refused with a clear error and none of them reaches the database: every
 * document here would read org units, and the statements on {@code org_unit} stay as they were.
 */
@QuarkusTest
@TestSecurity(user = "abuser", roles = "hq-admin")
class AbuseTests {

    private static final String READ = "orgUnits(first: 1) { edges { node { %s } } }";

    @Inject
    Pool pool;

    private SqlStatements statements;

    @BeforeEach
    void countStatements() {
        statements = SqlStatements.counting(pool);
    }

    private long orgUnitStatements() {
        return statements.touching("org_unit");
    }

    /** Sends it and checks that no statement on org units ran meanwhile. */
    private Response refusedWithoutSql(Supplier<Response> send) {
        long before = orgUnitStatements();
        Response response = send.get();
        assertEquals(before, orgUnitStatements(), "a statement reached the database: " + response.asString());
        return response;
    }

    private static Response postJson(String query) {
        return postJson(query, "application/json");
    }

    private static Response postJson(String query, String accept) {
        return given().contentType("application/json").accept(accept).body(new JsonObject().put("query", query).encode()).when().post("/graphql");
    }

    @Test
    void theSameFieldAThousandTimesIsRefused() {
        Response response = refusedWithoutSql(() -> postJson("{ " + READ.formatted("code ".repeat(1200)) + " }"));
        assertEquals(200, response.statusCode(), "a request error answered as application/json: 200");
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("complexity"));
        assertNull(response.jsonPath().get("data"));
        Response strict = refusedWithoutSql(() -> postJson("{ " + READ.formatted("code ".repeat(1200)) + " }", "application/graphql-response+json"));
        assertEquals(400, strict.statusCode(), "and as application/graphql-response+json: 400");
    }

    @Test
    void aPileOfDirectivesIsRefused() {
        Response response = refusedWithoutSql(() -> postJson("{ " + READ.formatted("code" + " @include(if: true)".repeat(300)) + " }"));
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("include"));
        assertNull(response.jsonPath().get("data"));
    }

    @Test
    void fragmentsThatSpreadEachOtherAreRefused() {
        Response response = refusedWithoutSql(() -> postJson("{ " + READ.formatted("...A") + " } fragment A on OrgUnit { code ...B } fragment B on OrgUnit { name ...A }"));
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("Fragment"));
        assertNull(response.jsonPath().get("data"));
    }

    @Test
    void aBatchOfOperationsIsRefused() {
        String one = new JsonObject().put("query", "{ " + READ.formatted("code") + " }").encode();
        Response response = refusedWithoutSql(() -> given().contentType("application/json").body("[" + one + "," + one + "]").when().post("/graphql"));
        assertEquals(400, response.statusCode());
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("Batches"));
    }

    @Test
    void formsAndPlainTextThatABrowserSendsCrossSiteAreRefused() {
        Response form = refusedWithoutSql(() -> given().contentType("application/x-www-form-urlencoded").formParam("query", "{ " + READ.formatted("code") + " }")
                .when().post("/graphql"));
        assertEquals(415, form.statusCode());
        assertThat(form.jsonPath().getString("errors[0].message"), containsString("application/json"));
        Response text = refusedWithoutSql(() -> given().contentType("text/plain").body(new JsonObject().put("query", "{ " + READ.formatted("code") + " }").encode())
                .when().post("/graphql"));
        assertEquals(415, text.statusCode());
        Response none = refusedWithoutSql(() -> given().body("{\"query\": \"{ __typename }\"}".getBytes()).when().post("/graphql"));
        assertThat(Integer.toString(none.statusCode()), startsWith("4"));
    }

    @Test
    void variablesNestedThousandsDeepAreRefusedAsBadJson() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String body = "{\"query\": \"query($x: [String]) { " + READ.formatted("code") + " }\", \"variables\": {\"x\": " + deep + "}}";
        Response response = refusedWithoutSql(() -> given().contentType("application/json").body(body).when().post("/graphql"));
        assertEquals(400, response.statusCode());
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("JSON"));
    }
}
