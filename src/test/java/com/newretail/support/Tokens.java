package com.newretail.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Gets real access tokens from the test Keycloak, the way a client app would. */
public final class Tokens {

    /** The documented password of every demo user in the realm file. */
    public static final String DEMO_PASSWORD = "newretail-dev";

    private Tokens() {
    }

    /** Password grant through the dev CLI client. */
    public static String password(String username) {
        return password(KeycloakTestResource.realmUrl(), "new-retail-cli", username, DEMO_PASSWORD);
    }

    public static String password(String realmUrl, String clientId, String username, String password) {
        return given().baseUri(realmUrl).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password))
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Token of the master realm's bootstrap admin, for the Keycloak Admin API. */
    public static String masterAdmin() {
        return password(KeycloakTestResource.baseUrl() + "/realms/master", "admin-cli", "admin", "admin");
    }

    /** The JOSE header of a token (its alg and kid). */
    public static JsonPath header(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    public static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
