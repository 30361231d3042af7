package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.newretail.support.Management;
import com.newretail.support.GraphQLClient;
import com.newretail.support.ItSetup;
import com.newretail.support.OrgFixtures;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Keycloak goes down (the packaged app and the real Keycloak): tokens already issued keep working on
 * the keys the service has cached, the service stays ready, an invalid token is still a 401 (not a
 * fault), an account disabled meanwhile is disabled in Keycloak once it is back (the retrier); when Keycloak is back and signs with a new, rotated key, the service accepts the new
 * tokens (it fetches the realm's keys again for an unknown key id) and the old ones too.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
@Tag("faults")
class KeycloakOutageIT {

    private static final String ME = "{ __typename }";

    @Test
    void issuedTokensOutliveAnOutageAndARotatedKeyIsPickedUp() {
        String issued = Tokens.password("hq-admin");
        assertServed(issued);
        ItSetup setup = new ItSetup();
        String store = setup.orgUnit("STORE", "Outage Store", setup.orgUnit("SALES_COMPANY", "Outage Co", setup.headquarters()));
        String username = "outage-" + OrgFixtures.uniqueCode("u").toLowerCase();
        String staffId = setup.staffCreate(store, "Outage Person", username + "@demo.newretail.local", setup.positionId("SHOPPING_GUIDE"));
        JsonPath provisioned = setup.admin().run("organization/staffAccountProvision",
                vars("id", staffId, "input", Map.of("username", username, "temporaryPassword", "Temp-Pass-123")));
        assertThat(provisioned.prettify(), provisioned.getList("data.staffAccountProvision.userErrors"), empty());
        ItSetup.replaceTemporaryPassword(ItSetup.keycloakUserId(username), "Perm-Pass-456");

        KeycloakTestResource.stopForOutage();
        try {
            assertServed(issued);
            assertEquals(200, given().get(Management.url("/q/health/ready")).statusCode(), "readiness must not follow Keycloak");
            Response forged = GraphQLClient.withToken(issued.substring(0, issued.lastIndexOf('.')) + ".c2lnbmF0dXJl").post(ME, Map.of());
            assertEquals(401, forged.statusCode(), forged.asString());

            // Disabling an account does not wait for Keycloak: it commits, and Keycloak is told when it is back.
            JsonPath disabled = setup.admin().run("organization/staffAccountDisable", vars("id", staffId));
            assertThat(disabled.prettify(), disabled.getList("data.staffAccountDisable.userErrors"), empty());
            assertEquals("DISABLED", disabled.getString("data.staffAccountDisable.staff.accountStatus"));
            assertEquals(Boolean.TRUE, syncPending(setup, staffId));
        } finally {
            KeycloakTestResource.startAfterOutage();
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> !syncPending(setup, staffId));
        ItSetup.passwordGrant(username, "Perm-Pass-456").then().statusCode(400);

        String oldKid = Tokens.header(issued).getString("kid");
        rotateSigningKey();
        String rotated = Tokens.password("hq-admin");
        assertNotEquals(oldKid, Tokens.header(rotated).getString("kid"), "Keycloak did not sign with the new key");
        assertServed(rotated);
        assertServed(issued);
    }

    private static Boolean syncPending(ItSetup setup, String staffId) {
        return setup.admin().runText("query($id: ID!) { staffMember(id: $id) { accountSyncPending } }", vars("id", staffId))
                .get("data.staffMember.accountSyncPending");
    }

    private static void assertServed(String token) {
        Response response = GraphQLClient.withToken(token).post(ME, Map.of());
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath body = response.jsonPath();
        assertNull(body.get("errors"), body.prettify());
        assertEquals("Query", body.getString("data.__typename"));
    }

    /** A new generated RSA key that outranks the realm's current one: new tokens are signed with it. */
    private static void rotateSigningKey() {
        String admin = Tokens.masterAdmin();
        String realmId = given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(admin)
                .when().get("/admin/realms/new-retail").then().statusCode(200).extract().path("id");
        Map<String, Object> provider = Map.of("name", "rotated-" + System.nanoTime(), "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of("1000"), "enabled", List.of("true"), "active", List.of("true"), "keySize", List.of("2048")));
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(admin).contentType(ContentType.JSON).body(provider)
                .when().post("/admin/realms/new-retail/components").then().statusCode(201);
    }
}
