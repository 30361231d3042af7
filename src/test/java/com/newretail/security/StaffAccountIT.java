package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Core flow 8 with a real Keycloak: an org admin creates a staff member at a store with a position,
 * provisions the account, the person signs in (after replacing the temporary password) and sees
 * only that store; a position change changes their roles; disabling the account stops refreshes.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class StaffAccountIT {

    private final ItSetup setup = new ItSetup();
    private final GraphQLClient admin = setup.admin();

    @Test
    void provisionedStaffSignInAndSeeOnlyTheirStore() {
        String hq = setup.headquarters();
        String company = setup.orgUnit("SALES_COMPANY", "Account Co", hq);
        String store = setup.orgUnit("STORE", "Account Store", company);
        String otherStore = setup.orgUnit("STORE", "Other Store", company);
        String guide = setup.positionId("SHOPPING_GUIDE");
        String otherStaff = setup.staffCreate(otherStore, "Someone Else", null, guide);
        String username = "guide-" + OrgFixtures.uniqueCode("u").toLowerCase();
        String staffId = setup.staffCreate(store, "Guide Person", username + "@demo.newretail.local", guide);

        JsonPath provisioned = admin.run("organization/staffAccountProvision",
                vars("id", staffId, "input", Map.of("username", username, "temporaryPassword", "Temp-Pass-123")));
        assertThat(provisioned.getList("data.staffAccountProvision.userErrors"), empty());
        assertEquals("ACTIVE", provisioned.getString("data.staffAccountProvision.staff.accountStatus"));
        assertEquals("Temp-Pass-123", provisioned.getString("data.staffAccountProvision.temporaryPassword"));

        // The temporary password alone does not get a token: the user must replace it first.
        ItSetup.passwordGrant(username, "Temp-Pass-123").then().statusCode(400);
        String userId = ItSetup.keycloakUserId(username);
        ItSetup.replaceTemporaryPassword(userId, "Perm-Pass-456");

        Response login = ItSetup.passwordGrant(username, "Perm-Pass-456");
        login.then().statusCode(200);
        String refreshToken = login.jsonPath().getString("refresh_token");
        GraphQLClient person = GraphQLClient.withToken(login.jsonPath().getString("access_token"));

        JsonPath me = person.run("organization/meFull", vars());
        assertEquals(username, me.getString("data.me.username"));
        assertThat(me.getList("data.me.roles"), hasItem("sales-clerk"));
        assertEquals("ORG_ONLY", me.getString("data.me.dataScope"));
        assertEquals(store, me.getString("data.me.orgUnit.id"));
        assertThat(person.run("organization/orgUnits", vars("first", 100)).getList("data.orgUnits.edges.node.id"), contains(store));
        List<String> visibleStaff = person.run("organization/staffMembers", vars("first", 100)).getList("data.staffMembers.edges.node.id");
        assertThat(visibleStaff, hasItem(staffId));
        assertThat(visibleStaff, not(hasItem(otherStaff)));

        // A new position changes the Keycloak roles the next token carries.
        JsonPath promoted = admin.run("organization/staffUpdate", vars("id", staffId, "input", Map.of("positionId", setup.positionId("STORE_MANAGER"))));
        assertThat(promoted.getList("data.staffUpdate.userErrors"), empty());
        JsonPath promotedMe = GraphQLClient.withToken(ItSetup.passwordGrant(username, "Perm-Pass-456").jsonPath().getString("access_token"))
                .run("organization/meFull", vars());
        assertThat(promotedMe.getList("data.me.roles"), hasItem("store-manager"));
        assertThat(promotedMe.getList("data.me.roles"), not(hasItem("sales-clerk")));

        JsonPath disabled = admin.run("organization/staffAccountDisable", vars("id", staffId));
        assertEquals("DISABLED", disabled.getString("data.staffAccountDisable.staff.accountStatus"));
        refresh(refreshToken).then().statusCode(400);
        ItSetup.passwordGrant(username, "Perm-Pass-456").then().statusCode(400);
    }

    @Test
    void aTakenUsernameIsAUserErrorAndChangesNothing() {
        String store = setup.orgUnit("STORE", "Dup Store", setup.orgUnit("SALES_COMPANY", "Dup Co", setup.headquarters()));
        String staffId = setup.staffCreate(store, "Dup Person", null, setup.positionId("SHOPPING_GUIDE"));
        JsonPath taken = admin.run("organization/staffAccountProvision", vars("id", staffId, "input", Map.of("username", "analyst")));
        assertThat(taken.getList("data.staffAccountProvision.userErrors.code"), contains("USERNAME_TAKEN"));
        JsonPath retry = admin.run("organization/staffAccountProvision", vars("id", staffId));
        assertThat(retry.getList("data.staffAccountProvision.userErrors"), empty());
    }

    private static Response refresh(String refreshToken) {
        return given().baseUri(KeycloakTestResource.realmUrl()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "refresh_token", "client_id", "new-retail-cli", "refresh_token", refreshToken))
                .when().post("/protocol/openid-connect/token");
    }
}
