package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.newretail.support.Management;
import com.newretail.support.GraphQLClient;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;
import com.newretail.support.RealmSigningKey;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * The packaged application (prod profile) against a real Keycloak: real tokens are accepted, roles
 * from the token decide, and every kind of bad token is refused with HTTP 401.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class AuthenticationIT {

    private static final String ME = GraphQLClient.document("organization/me");
    private static final String ORG_UNITS = GraphQLClient.document("organization/orgUnits");

    @Test
    void aDemoUsersTokenIsAcceptedAndCarriesTheRealmRoles() {
        JsonPath me = GraphQLClient.withToken(Tokens.password("hq-admin")).runText(ME, vars());
        assertEquals("hq-admin", me.getString("data.me.username"));
        assertThat(me.getList("data.me.roles"), hasItem("hq-admin"));
        JsonPath list = GraphQLClient.withToken(Tokens.password("analyst")).runText(ORG_UNITS, vars("first", 5));
        assertThat(list.getList("errors"), nullValue());
    }

    @Test
    void roleRulesHoldWithRealTokens() {
        GraphQLClient admin = GraphQLClient.withToken(Tokens.password("hq-admin"));
        String create = GraphQLClient.document("organization/orgUnitCreate");
        JsonPath hq = admin.runText(create, vars("input", Map.of("code", "HQ-IT", "name", "IT HQ", "type", "HEADQUARTERS")));
        String hqId = hq.getString("data.orgUnitCreate.orgUnit.id");
        if (hqId == null) {
            hqId = admin.runText(ORG_UNITS, vars("where", Map.of("type", "HEADQUARTERS"))).getString("data.orgUnits.edges[0].node.id");
        }
        JsonPath created = admin.runText(create, vars("input",
                Map.of("code", OrgFixtures.uniqueCode("SC"), "name", "Token Co", "type", "SALES_COMPANY"), "parentId", hqId));
        assertThat(created.getList("data.orgUnitCreate.userErrors"), empty());

        JsonPath clerk = GraphQLClient.withToken(Tokens.password("sales-clerk")).runText(create, vars("input",
                Map.of("code", OrgFixtures.uniqueCode("SC"), "name", "Clerk Co", "type", "SALES_COMPANY"), "parentId", hqId));
        assertThat(clerk.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertThat(clerk.getString("data.orgUnitCreate"), nullValue());
    }

    @Test
    void aUserWithoutAnyProductRoleIsDenied() {
        GraphQLClient nobody = GraphQLClient.withToken(Tokens.password("no-role"));
        JsonPath list = nobody.runText(ORG_UNITS, vars());
        assertThat(list.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertThat(list.getString("data.orgUnits"), nullValue());
        assertEquals("no-role", nobody.runText(ME, vars()).getString("data.me.username"));
    }

    @Test
    void productionHidesTheSchemaAndIntrospectionButServesHealthAndMetricsOnTheManagementPort() {
        String admin = Tokens.password("hq-admin");
        given().when().get("/graphql/schema.graphql").then().statusCode(404);
        JsonPath introspection = GraphQLClient.withToken(admin).runText("{ __schema { types { name } } }", vars());
        assertThat(introspection.getString("data.__schema"), nullValue());
        assertThat(introspection.getList("errors"), not(empty()));
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200);
        given().when().get(Management.url("/q/health/live")).then().statusCode(200);
        String metrics = given().when().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics, org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    /** A token verified once is answered from the verified-token cache afterwards (newretail.security.verified-token-ttl). */
    @Test
    void aVerifiedTokenIsNotVerifiedAgainWithinTheTtl() {
        double before = verifiedTokens("hit");
        GraphQLClient client = GraphQLClient.withToken(Tokens.password("analyst"));
        for (int i = 0; i < 3; i++) {
            assertEquals("analyst", client.runText(ME, vars()).getString("data.me.username"));
        }
        assertThat(verifiedTokens("hit") - before, org.hamcrest.Matchers.greaterThanOrEqualTo(2.0));
    }

    /**
     * The verified-token cache answers bearer tokens for the API only: the dashboard's tenant signs a
     * browser in with the code flow, and a token the API verified a moment ago does not stand in for that.
     */
    @Test
    void aBearerTokenTheApiVerifiedDoesNotOpenTheDashboard() {
        String token = Tokens.password("analyst");
        GraphQLClient client = GraphQLClient.withToken(token);
        for (int i = 0; i < 2; i++) {
            assertEquals("analyst", client.runText(ME, vars()).getString("data.me.username"));
        }
        Response page = given().redirects().follow(false).header("Authorization", "Bearer " + token).when().get("/dashboard");
        assertEquals(302, page.statusCode(), page.asString());
        assertThat(page.header("Location"), org.hamcrest.Matchers.containsString("/protocol/openid-connect/auth"));
    }

    private static double verifiedTokens(String result) {
        String metrics = given().when().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("newretail_security_verified_tokens_total{") && line.contains("result=\"" + result + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void missingTokenGets401() {
        refused(GraphQLClient.anonymous());
    }

    /** 401 with a Bearer challenge, as RFC 6750 asks. */
    private static void refused(GraphQLClient client) {
        Response response = client.post(ME, vars());
        assertEquals(401, response.statusCode(), response.asString());
        assertThat(response.header("WWW-Authenticate"), startsWith("Bearer"));
    }

    /** The claims of a real token of the user, re-timed: valid from and until the given moments. */
    private static JsonObject claims(String username, Instant notBefore, Instant expires) {
        JsonObject claims = new JsonObject(Tokens.claims(Tokens.password(username)).prettify());
        claims.put("iat", notBefore.getEpochSecond()).put("nbf", notBefore.getEpochSecond()).put("exp", expires.getEpochSecond());
        return claims;
    }

    @Test
    void aTokenSignedWithARealmKeyIsAcceptedWithinItsLifetimeAndTheStatedClockSkew() {
        RealmSigningKey key = RealmSigningKey.get();
        Instant now = Instant.now();
        GraphQLClient.withToken(key.sign(claims("analyst", now.minusSeconds(60), now.plusSeconds(60)))).post(ME, vars()).then().statusCode(200);
        // The clock skew allowed (quarkus.oidc.token.lifespan-grace): 10 s either way.
        GraphQLClient.withToken(key.sign(claims("analyst", now.minusSeconds(120), now.minusSeconds(3)))).post(ME, vars()).then().statusCode(200);
        GraphQLClient.withToken(key.sign(claims("analyst", now.plusSeconds(3), now.plusSeconds(60)))).post(ME, vars()).then().statusCode(200);
    }

    @Test
    void aTokenNotValidYetGets401() {
        Instant now = Instant.now();
        refused(GraphQLClient.withToken(RealmSigningKey.get().sign(claims("analyst", now.plusSeconds(120), now.plusSeconds(600)))));
    }

    @Test
    void aTokenExpiredBeyondTheClockSkewGets401() {
        Instant now = Instant.now();
        refused(GraphQLClient.withToken(RealmSigningKey.get().sign(claims("analyst", now.minusSeconds(600), now.minusSeconds(30)))));
    }

    @Test
    void anUnsignedTokenWithAlgNoneGets401() {
        String[] parts = Tokens.password("hq-admin").split("\\.");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(GraphQLClient.withToken(none + "." + parts[1] + "."));
    }

    /**
     * Access tokens are JWTs checked against the realm's keys, not introspected: ending the user's
     * Keycloak sessions does not recall a token already issued; it works until it expires (15 min,
     * the realm's accessTokenLifespan). Disabling the account in Keycloak has the same lag; the
     * README states the trade-off (introspection would add a Keycloak call to every request).
     */
    @Test
    void aTokenOfAnEndedSessionWorksUntilItExpires() {
        String token = Tokens.password("analyst");
        GraphQLClient.withToken(token).post(ME, vars()).then().statusCode(200);
        String userId = given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(Tokens.masterAdmin())
                .queryParam("username", "analyst").queryParam("exact", true)
                .when().get("/admin/realms/new-retail/users").then().statusCode(200).extract().path("[0].id");
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(Tokens.masterAdmin())
                .when().post("/admin/realms/new-retail/users/" + userId + "/logout").then().statusCode(204);
        GraphQLClient.withToken(token).post(ME, vars()).then().statusCode(200);
        assertTrue(Tokens.claims(token).getLong("exp") - Instant.now().getEpochSecond() <= 900, "at most the access-token lifespan left");
    }

    @Test
    void tamperedTokenGets401() {
        String[] parts = Tokens.password("sales-clerk").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sales-clerk\"", "\"hq-admin\"");
        String tampered = parts[0] + "." + b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(tampered, not(equalTo(String.join(".", parts))));
        refused(GraphQLClient.withToken(tampered));
    }

    @Test
    void tokenSignedByAForeignKeyGets401() throws Exception {
        String[] parts = Tokens.password("hq-admin").split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(foreign.getPrivate());
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + b64(signature.sign());
        refused(GraphQLClient.withToken(forged));
    }

    @Test
    void tokenForAnotherAudienceGets401() {
        String token = Tokens.password(KeycloakTestResource.realmUrl(), "audience-check-client", "hq-admin", Tokens.DEMO_PASSWORD);
        List<String> audience = audienceOf(token);
        assertThat(audience, not(hasItem("new-retail-api")));
        GraphQLClient.withToken(token).post(ME, vars()).then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerGets401() {
        // Keycloak in dev mode names the issuer after the host the token was asked from: same realm,
        // same signing key, but "localhost" instead of "127.0.0.1" is another issuer.
        String otherHostRealm = KeycloakTestResource.realmUrl().replace("127.0.0.1", "localhost");
        String token = Tokens.password(otherHostRealm, "new-retail-cli", "hq-admin", Tokens.DEMO_PASSWORD);
        assertThat(Tokens.claims(token).getString("iss"), equalTo(otherHostRealm));
        GraphQLClient.withToken(token).post(ME, vars()).then().statusCode(401);
    }

    @Test
    void expiredTokenGets401() {
        String clientId = "short-lived-" + UUID.randomUUID();
        createShortLivedClient(clientId, 5);
        String token = Tokens.password(KeycloakTestResource.realmUrl(), clientId, "analyst", Tokens.DEMO_PASSWORD);
        long expiresAt = Tokens.claims(token).getLong("exp");
        GraphQLClient client = GraphQLClient.withToken(token);
        client.post(ME, vars()).then().statusCode(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = client.post(ME, vars()).then().extract().statusCode();
        }
        assertEquals(401, status);
        assertTrue(Instant.now().getEpochSecond() >= expiresAt, "refused only once the token had expired");
    }

    private static void createShortLivedClient(String clientId, int lifespanSeconds) {
        Map<String, Object> audienceMapper = Map.of("name", "api-audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", "new-retail-api", "access.token.claim", "true"));
        Map<String, Object> client = Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)),
                "protocolMappers", List.of(audienceMapper));
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(Tokens.masterAdmin())
                .contentType(ContentType.JSON).body(client)
                .when().post("/admin/realms/new-retail/clients")
                .then().statusCode(201);
    }

    private static List<String> audienceOf(String token) {
        Object aud = Tokens.claims(token).get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
