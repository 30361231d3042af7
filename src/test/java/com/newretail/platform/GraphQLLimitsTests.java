package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class GraphQLLimitsTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

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
    void oversizedBodiesAreRejected() throws Exception {
        String body = "{\"query\": \"{ me { username } }\", \"variables\": {\"padding\": \"" + "x".repeat(300 * 1024) + "\"}}";
        // Expect: 100-continue lets the server refuse on the declared length before the body is sent;
        // sending it blindly races the server closing the connection after its 413 (a broken pipe).
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                .expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode(), equalTo(413));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void getRequestsAreNotServed() {
        int status = given().queryParam("query", "{ me { username } }").when().get("/graphql").then().extract().statusCode();
        assertThat(status, not(equalTo(200)));
    }
}
