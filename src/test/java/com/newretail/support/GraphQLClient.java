package com.newretail.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends GraphQL documents from {@code src/test/resources/graphql/} over HTTP, as a real client would.
 */
public final class GraphQLClient {

    private final String bearerToken;
    /** The app's port, or null for RestAssured's (the app under test). */
    private final Integer port;

    private GraphQLClient(String bearerToken, Integer port) {
        this.bearerToken = bearerToken;
        this.port = port;
    }

    public static GraphQLClient anonymous() {
        return new GraphQLClient(null, null);
    }

    public static GraphQLClient withToken(String token) {
        return new GraphQLClient(token, null);
    }

    /** The same caller talking to another instance of the app, on the loopback port given. */
    public GraphQLClient at(int appPort) {
        return new GraphQLClient(bearerToken, appPort);
    }

    /** Loads {@code graphql/<path>.graphql} from the test resources. */
    public static String document(String path) {
        try (InputStream in = GraphQLClient.class.getResourceAsStream("/graphql/" + path + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document graphql/" + path + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a query text; returns the raw HTTP response. */
    public Response post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        RequestSpecification request = given();
        if (port != null) {
            request = request.port(port);
        }
        request = request.contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (bearerToken != null) {
            request = request.auth().oauth2(bearerToken);
        }
        return request.when().post("/graphql");
    }

    /** Runs a stored document, expects HTTP 200 and returns the JSON body. */
    public JsonPath run(String documentPath, Map<String, Object> variables) {
        return runText(document(documentPath), variables);
    }

    public JsonPath runText(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        response.then().statusCode(200);
        return response.jsonPath();
    }

    public static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
