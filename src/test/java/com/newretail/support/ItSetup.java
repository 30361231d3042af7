package com.newretail.support;

import static com.newretail.support.GraphQLClient.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Sets up data for the *IT suites the way a back office would: through the API with a real
 * hq-admin token, and staff accounts through the app and Keycloak's Admin API.
 */
public final class ItSetup {

    private final GraphQLClient admin = GraphQLClient.withToken(Tokens.password("hq-admin"));

    public GraphQLClient admin() {
        return admin;
    }

    public String headquarters() {
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

    public String orgUnit(String type, String name, String parentId) {
        JsonPath created = admin.run("organization/orgUnitCreate", vars("input",
                Map.of("code", OrgFixtures.uniqueCode(type), "name", name, "type", type), "parentId", parentId));
        String id = created.getString("data.orgUnitCreate.orgUnit.id");
        assertNotNull(id, created.prettify());
        return id;
    }

    public String positionId(String code) {
        List<Map<String, Object>> nodes = admin.run("organization/positions", vars("first", 100)).getList("data.positions.edges.node");
        return nodes.stream().filter(n -> code.equals(n.get("code"))).map(n -> (String) n.get("id")).findFirst().orElseThrow();
    }

    public String staffCreate(String orgUnitId, String name, String email, String positionId) {
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

    /** A new staff member at the unit with a provisioned account, signed in: their access token. */
    public String signedInStaff(String orgUnitId, String positionCode) {
        String username = "it-" + OrgFixtures.uniqueCode("u").toLowerCase();
        String staffId = staffCreate(orgUnitId, "IT " + username, username + "@demo.newretail.local", positionId(positionCode));
        JsonPath provisioned = admin.run("organization/staffAccountProvision",
                vars("id", staffId, "input", Map.of("username", username, "temporaryPassword", "Temp-Pass-123")));
        assertNotNull(provisioned.getString("data.staffAccountProvision.staff.id"), provisioned.prettify());
        replaceTemporaryPassword(keycloakUserId(username), "Perm-Pass-456");
        Response login = passwordGrant(username, "Perm-Pass-456");
        login.then().statusCode(200);
        return login.jsonPath().getString("access_token");
    }

    /** A warehouse of the unit; returns its id. */
    public String warehouse(String orgUnitId, String type) {
        JsonPath created = admin.run("inventory/warehouseCreate", vars("input",
                Map.of("code", OrgFixtures.uniqueCode("WH"), "name", "IT " + type, "orgUnitId", orgUnitId, "type", type)));
        String id = created.getString("data.warehouseCreate.warehouse.id");
        assertNotNull(id, created.prettify());
        return id;
    }

    /** A product with one SKU at the retail price; returns the SKU's id. */
    public String sku(String retailPrice) {
        String code = OrgFixtures.uniqueCode("P");
        JsonPath created = admin.run("catalog/productCreate", vars("input", Map.of("code", code, "name", "IT " + code,
                "skus", List.of(Map.of("code", code + "-1", "retailPrice", retailPrice)))));
        String id = created.getString("data.productCreate.product.skus[0].id");
        assertNotNull(id, created.prettify());
        return id;
    }

    public void receive(String warehouseId, String skuId, int quantity) {
        JsonPath received = admin.run("inventory/receipt", vars("input", Map.of("warehouseId", warehouseId,
                "lines", List.of(Map.of("skuId", skuId, "quantity", quantity)))));
        assertNotNull(received.getString("data.stockReceiptPost.document.id"), received.prettify());
    }

    public static Response passwordGrant(String username, String password) {
        return given().baseUri(KeycloakTestResource.realmUrl()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "password", "client_id", "new-retail-cli", "username", username, "password", password))
                .when().post("/protocol/openid-connect/token");
    }

    public static String keycloakUserId(String username) {
        return given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(Tokens.masterAdmin())
                .queryParam("username", username).queryParam("exact", true)
                .when().get("/admin/realms/new-retail/users").then().statusCode(200).extract().path("[0].id");
    }

    /** What the person does at first sign-in (UPDATE_PASSWORD), done through the Admin API here. */
    public static void replaceTemporaryPassword(String userId, String password) {
        String adminToken = Tokens.masterAdmin();
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .when().put("/admin/realms/new-retail/users/" + userId + "/reset-password").then().statusCode(204);
        given().baseUri(KeycloakTestResource.baseUrl()).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("requiredActions", List.of()))
                .when().put("/admin/realms/new-retail/users/" + userId).then().statusCode(204);
    }
}
