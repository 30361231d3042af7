package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
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

    private final GraphQLClient admin = GraphQLClient.withToken(Tokens.password("hq-admin"));

    @Test
    void provisionedStaffSignInAndSeeOnlyTheirStore() {
        String hq = headquarters();
        String company = create("SALES_COMPANY", "Account Co", hq);
        String store = create("STORE", "Account Store", company);
        String otherStore = create("STORE", "Other Store", company);
        String guide = positionId("SHOPPING_GUIDE");
        String otherStaff = staffCreate(otherStore, "Someone Else", null, guide);
        String username = "guide-" + OrgFixtures.uniqueCode("u").toLowerCase();
        String staffId = staffCreate(store, "Guide Person", username + "@demo.newretail.local", guide);

        JsonPath provisioned = admin.run("organization/staffAccountProvision",
                vars("id", staffId, "input", Map.of("username", username, "temporaryPassword", "Temp-Pass-123")));
        assertThat(provisioned.getList("data.staffAccountProvision.userErrors"), empty());
        assertEquals("ACTIVE", provisioned.getString("data.staffAccountProvision.staff.accountStatus"));
        assertEquals("Temp-Pass-123", provisioned.getString("data.staffAccountProvision.temporaryPassword"));

        // The temporary password alone does not get a token: the user must replace it first.
        passwordGrant(username, "Temp-Pass-123").then().statusCode(400);
        String userId = keycloakUserId(username);
        replaceTemporaryPassword(userId, "Perm-Pass-456");

        Response login = passwordGrant(username, "Perm-Pass-456");
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
        JsonPath promoted = admin.run("organization/staffUpdate", vars("id", staffId, "input", Map.of("positionId", positionId("STORE_MANAGER"))));
        assertThat(promoted.getList("data.staffUpdate.userErrors"), empty());
        JsonPath promotedMe = GraphQLClient.withToken(passwordGrant(username, "Perm-Pass-456").jsonPath().getString("access_token"))
                .run("organization/meFull", vars());
        assertThat(promotedMe.getList("data.me.roles"), hasItem("store-manager"));
        assertThat(promotedMe.getList("data.me.roles"), not(hasItem("sales-clerk")));

        JsonPath disabled = admin.run("organization/staffAccountDisable", vars("id", staffId));
        assertEquals("DISABLED", disabled.getString("data.staffAccountDisable.staff.accountStatus"));
        refresh(refreshToken).then().statusCode(400);
        passwordGrant(username, "Perm-Pass-456").then().statusCode(400);
    }

    @Test
    void aTakenUsernameIsAUserErrorAndChangesNothing() {
        String store = create("STORE", "Dup Store", create("SALES_COMPANY", "Dup Co", headquarters()));
        String staffId = staffCreate(store, "Dup Person", null, positionId("SHOPPING_GUIDE"));
        JsonPath taken = admin.run("organization/staffAccountProvision", vars("id", staffId, "input", Map.of("username", "analyst")));
        assertThat(taken.getList("data.staffAccountProvision.userErrors.code"), contains("USERNAME_TAKEN"));
        JsonPath retry = admin.run("organization/staffAccountProvision", vars("id", staffId));
        assertThat(retry.getList("data.staffAccountProvision.userErrors"), empty());
    }

    private String headquarters() {
        JsonPath found = admin.run("organization/orgUnits", vars("where", Map.of("type", "HEADQUARTERS")));
        String id = found.getString("data.orgUnits.edges[0].node.id");
        if (id != null) {
            return id;
        }
        JsonPath created = admin.run("organization/orgUnitCreate",
                vars("input", Map.of("code", "HQ", "name", "Headquarters", "type", "HEADQUARTERS")));
        String createdId = created.getString("data.orgUnitCreate.orgUnit.id");
        return createdId != null ? createdId
                : admin.run("organization/orgUnits", vars("where", Map.of("type", "HEADQUARTERS"))).getString("data.orgUnits.edges[0].node.id");
    }

    private String create(String type, String name, String parentId) {
        JsonPath created = admin.run("organization/orgUnitCreate", vars("input",
                Map.of("code", OrgFixtures.uniqueCode(type), "name", name, "type", type), "parentId", parentId));
        String id = created.getString("data.orgUnitCreate.orgUnit.id");
        assertNotNull(id, created.prettify());
        return id;
    }

    private String positionId(String code) {
        List<Map<String, Object>> nodes = admin.run("organization/positions", vars("first", 100)).getList("data.positions.edges.node");
        return nodes.stream().filter(n -> code.equals(n.get("code"))).map(n -> (String) n.get("id")).findFirst().orElseThrow();
    }

    private String staffCreate(String orgUnitId, String name, String email, String positionId) {
        Map<String, Object> input = new HashMap<>();
        input.put("employeeNumber", OrgFixtures.uniqueCode("E"));
        input.put("name", name);
        input.put("email", email);
        input.put("positionId", positionId);
        JsonPath created = admin.run("organization/staffCreate", vars("orgUnitId", orgUnitId, "input", input));
        String id = created.getString("data.staffCreate.staff.id");
        assertNotNull(id, created.prettify());
        return id;
    }

    private static Response passwordGrant(String username, String password) {
        return given().baseUri(KeycloakTestResource.realmUrl()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "password", "client_id", "new-retail-cli", "username", username, "password", password))
                .when().post("/protocol/openid-connect/token");
    }

    private static Response refresh(String refreshToken) {
        return given().baseUri(KeycloakTestResource.realmUrl()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "refresh_token", "client_id", "new-retail-cli", "refresh_token", refreshToken))
                .when().post("/protocol/openid-connect/token");
    }

    private static String keycloakUserId(String username) {
        return given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(Tokens.masterAdmin())
                .queryParam("username", username).queryParam("exact", true)
                .when().get("/admin/realms/new-retail/users").then().statusCode(200).extract().path("[0].id");
    }

    /** What the person does at first sign-in (UPDATE_PASSWORD), done through the Admin API here. */
    private static void replaceTemporaryPassword(String userId, String password) {
        String adminToken = Tokens.masterAdmin();
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .when().put("/admin/realms/new-retail/users/" + userId + "/reset-password").then().statusCode(204);
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("requiredActions", List.of()))
                .when().put("/admin/realms/new-retail/users/" + userId).then().statusCode(204);
    }
}
