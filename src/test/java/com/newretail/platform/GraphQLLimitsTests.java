package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class GraphQLLimitsTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @jakarta.inject.Inject
    com.newretail.support.OrgFixtures fixtures;

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void tooDeepQueriesAreRefusedBeforeTheyRun() {
        StringBuilder query = new StringBuilder("{ orgUnits(first: 1) { edges { node { code ");
        for (int i = 0; i < 10; i++) {
            query.append("parent { code ");
        }
        query.append("}".repeat(10)).append(" } } } }");
        JsonPath result = client.runText(query.toString(), vars());
        assertThat(result.getString("errors[0].message"), containsString("depth"));
        assertThat(result.getString("data"), nullValue());
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void tooComplexQueriesAreRefused() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 200; i++) {
            query.append("a").append(i).append(": orgUnits(first: 1) { edges { node { code name type depth } } } ");
        }
        query.append("}");
        JsonPath result = client.runText(query.toString(), vars());
        assertThat(result.getString("errors[0].message"), containsString("complexity"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void tooManyTokensAreRefusedByTheParser() {
        JsonPath withinLimit = client.runText("{ me { " + "username ".repeat(500) + "} }", vars());
        assertThat(withinLimit.getString("data.me.username"), equalTo("analyst"));
        JsonPath overLimit = client.runText("{ me { " + "username ".repeat(5500) + "} }", vars());
        assertThat(overLimit.getString("errors[0].message"), equalTo("Unparseable input document"));
        assertThat(overLimit.getString("data"), nullValue());
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void oversizedBodiesAreRejected() {
        String padding = "x".repeat(300 * 1024);
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { username } }", "variables", Map.of("padding", padding)))
                .when().post("/graphql").then().statusCode(413);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void getRequestsAreNotServed() {
        int status = given().queryParam("query", "{ me { username } }").when().get("/graphql").then().extract().statusCode();
        assertThat(status, not(equalTo(200)));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void internalFaultsAreMaskedAndCarryNoDetail() {
        fixtures.bindHeadquartersAnalyst("analyst");
        // A NUL character is valid GraphQL but PostgreSQL refuses it in text: an internal fault.
        JsonPath result = client.run("organization/orgUnits", vars("where", Map.of("nameContains", "bad\u0000name")));
        assertThat(result.getString("errors[0].message"), equalTo("Server Error"));
        assertThat(result.getString("errors[0].extensions.exception"), nullValue());
        assertThat(result.prettify(), not(containsString("PgException")));
        assertThat(result.prettify(), not(containsString("0x00")));
    }
}
