package com.newretail.organization;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PositionAndStaffGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    private String positionId(String code) {
        JsonPath all = client.run("organization/positions", vars("first", 100));
        List<Map<String, Object>> nodes = all.getList("data.positions.edges.node");
        return nodes.stream().filter(n -> code.equals(n.get("code"))).map(n -> (String) n.get("id")).findFirst().orElseThrow();
    }

    private static Map<String, Object> staffInput(String number, String name, String mobile, String positionId) {
        Map<String, Object> input = new HashMap<>();
        input.put("employeeNumber", number);
        input.put("name", name);
        input.put("mobile", mobile);
        input.put("positionId", positionId);
        return input;
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void positionsAreManagedWithValidatedRoles() {
        String code = uniqueCode("POS");
        JsonPath created = client.run("organization/positionCreate", vars("input",
                Map.of("code", code, "name", "Night shift lead", "realmRoles", List.of("store-manager", "sales-clerk"),
                        "dataScope", "ORG_ONLY")));
        assertThat(created.getList("data.positionCreate.userErrors"), empty());
        assertThat(created.getList("data.positionCreate.position.realmRoles"), contains("sales-clerk", "store-manager"));
        String id = created.getString("data.positionCreate.position.id");

        JsonPath unknownRole = client.run("organization/positionCreate", vars("input",
                Map.of("code", uniqueCode("POS"), "name", "Bad", "realmRoles", List.of("superuser"), "dataScope", "ALL")));
        assertThat(unknownRole.getList("data.positionCreate.userErrors.code"), contains("UNKNOWN_ROLE"));
        JsonPath duplicate = client.run("organization/positionCreate", vars("input",
                Map.of("code", code, "name", "Again", "realmRoles", List.of(), "dataScope", "ALL")));
        assertThat(duplicate.getList("data.positionCreate.userErrors.code"), contains("POSITION_CODE_TAKEN"));

        JsonPath updated = client.run("organization/positionUpdate", vars("id", id, "input", Map.of("dataScope", "ORG_AND_DESCENDANTS")));
        assertEquals("ORG_AND_DESCENDANTS", updated.getString("data.positionUpdate.position.dataScope"));

        long store = fixtures.store(fixtures.company("Pos Co"), "Pos Store");
        fixtures.staff(store, code, "Holder", null);
        JsonPath inUse = client.run("organization/positionDelete", vars("id", id));
        assertThat(inUse.getList("data.positionDelete.userErrors.code"), contains("POSITION_IN_USE"));

        String unused = client.run("organization/positionCreate", vars("input",
                Map.of("code", uniqueCode("POS"), "name", "Unused", "realmRoles", List.of(), "dataScope", "SELF")))
                .getString("data.positionCreate.position.id");
        JsonPath deleted = client.run("organization/positionDelete", vars("id", unused));
        assertThat(deleted.getList("data.positionDelete.userErrors"), empty());
        assertThat(client.run("organization/positionDelete", vars("id", unused)).getList("data.positionDelete.userErrors.code"),
                contains("NOT_FOUND"));
    }

    @Test
    @TestSecurity(user = "org", roles = "org-admin")
    void onlyHeadquartersMaintainsPositions() {
        JsonPath denied = client.run("organization/positionCreate", vars("input",
                Map.of("code", uniqueCode("POS"), "name", "Nope", "realmRoles", List.of(), "dataScope", "SELF")));
        assertThat(denied.getString("errors[0].extensions.code"), equalTo("forbidden"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void staffAreCreatedSearchedTransferredAndDeactivated() {
        long east = fixtures.company("Staff East");
        long west = fixtures.company("Staff West");
        long storeEast = fixtures.store(east, "East Store");
        long storeEast2 = fixtures.store(east, "East Store 2");
        long storeWest = fixtures.store(west, "West Store");
        String guide = positionId("SHOPPING_GUIDE");
        String number = uniqueCode("E");

        JsonPath created = client.run("organization/staffCreate",
                vars("orgUnitId", gid(storeEast), "input", staffInput(number, "Mei Lin", "+8613900001111", guide)));
        assertThat(created.getList("data.staffCreate.userErrors"), empty());
        String staffId = created.getString("data.staffCreate.staff.id");
        assertEquals("SHOPPING_GUIDE", created.getString("data.staffCreate.staff.position.code"));
        assertEquals("NONE", created.getString("data.staffCreate.staff.accountStatus"));

        JsonPath sameCompany = client.run("organization/staffCreate",
                vars("orgUnitId", gid(storeEast2), "input", staffInput(number, "Other", null, guide)));
        assertThat(sameCompany.getList("data.staffCreate.userErrors.code"), contains("EMPLOYEE_NUMBER_TAKEN"));
        JsonPath otherCompany = client.run("organization/staffCreate",
                vars("orgUnitId", gid(storeWest), "input", staffInput(number, "Namesake", null, guide)));
        assertThat(otherCompany.getList("data.staffCreate.userErrors"), empty());

        JsonPath badInput = client.run("organization/staffCreate",
                vars("orgUnitId", gid(storeEast), "input", staffInput(uniqueCode("E"), "Bad Phone", "12ab", guide)));
        assertThat(badInput.getList("data.staffCreate.userErrors.code"), contains("INVALID_VALUE"));
        JsonPath unknownPosition = client.run("organization/staffCreate", vars("orgUnitId", gid(storeEast),
                "input", staffInput(uniqueCode("E"), "Nobody", null, GlobalId.encode("Position", 99_999))));
        assertThat(unknownPosition.getList("data.staffCreate.userErrors.code"), contains("NOT_FOUND"));

        assertThat(client.run("organization/staffMembers", vars("where", Map.of("search", "Mei Lin")))
                .getList("data.staffMembers.edges.node.id"), contains(staffId));
        assertThat(client.run("organization/staffMembers", vars("where", Map.of("search", number, "orgUnitId", gid(east),
                "includeDescendants", true))).getList("data.staffMembers.edges.node.id"), contains(staffId));
        assertThat(client.run("organization/staffMembers", vars("where", Map.of("search", "+8613900001111")))
                .getList("data.staffMembers.edges.node.id"), contains(staffId));

        JsonPath transferred = client.run("organization/staffTransfer", vars("id", staffId, "orgUnitId", gid(storeWest)));
        assertThat(transferred.getList("data.staffTransfer.userErrors.code"), contains("EMPLOYEE_NUMBER_TAKEN"));
        JsonPath moved = client.run("organization/staffTransfer", vars("id", staffId, "orgUnitId", gid(storeEast2)));
        assertEquals(gid(storeEast2), moved.getString("data.staffTransfer.staff.orgUnit.id"));

        JsonPath deleteBlocked = client.run("organization/orgUnitDelete", vars("id", gid(storeEast2)));
        assertThat(deleteBlocked.getList("data.orgUnitDelete.userErrors.code"), contains("HAS_STAFF"));
        JsonPath companyBlocked = client.run("organization/orgUnitDelete", vars("id", gid(east)));
        assertThat(companyBlocked.getList("data.orgUnitDelete.userErrors.code"), contains("HAS_CHILDREN"));
        long empty = fixtures.store(east, "Empty Store");
        assertEquals(gid(empty), client.run("organization/orgUnitDelete", vars("id", gid(empty)))
                .getString("data.orgUnitDelete.deletedOrgUnitId"));

        JsonPath deactivated = client.run("organization/staffDeactivate", vars("id", staffId));
        assertEquals("INACTIVE", deactivated.getString("data.staffDeactivate.staff.status"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void keycloakUnavailableLeavesNoHalfCreatedAccount() {
        long store = fixtures.store(fixtures.company("KC Down Co"), "KC Down Store");
        long staff = fixtures.staff(store, "SHOPPING_GUIDE", "Waiting Account", null);
        JsonPath result = client.run("organization/staffAccountProvision", vars("id", GlobalId.encode("Staff", staff)));
        assertThat(result.getList("errors"), nullValue());
        assertThat(result.getList("data.staffAccountProvision.userErrors.code"), contains("KEYCLOAK_UNAVAILABLE"));
        assertThat(result.getString("data.staffAccountProvision.temporaryPassword"), nullValue());
        JsonPath after = client.run("organization/staffMembers", vars("where", Map.of("search", "Waiting Account")));
        assertThat(after.getList("data.staffMembers.edges"), org.hamcrest.Matchers.hasSize(1));
        JsonPath audit = client.run("organization/auditEvents",
                vars("where", Map.of("target", GlobalId.encode("Staff", staff), "operation", "staffAccountProvision")));
        assertThat(audit.getList("data.auditEvents.edges"), empty());
        JsonPath noAccount = client.run("organization/staffAccountDisable", vars("id", GlobalId.encode("Staff", staff)));
        assertThat(noAccount.getList("data.staffAccountDisable.userErrors.code"), contains("NO_ACCOUNT"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void everyMutationIsAuditedWithBeforeAndAfter() {
        long company = fixtures.company("Audit Before");
        client.run("organization/orgUnitUpdate", vars("id", gid(company), "input", Map.of("name", "Audit After")));
        JsonPath events = client.run("organization/auditEvents", vars("where", Map.of("target", gid(company))));
        assertThat(events.prettify(), events.getList("errors"), nullValue());
        assertEquals("orgUnitUpdate", events.getString("data.auditEvents.edges[0].node.operation"));
        assertEquals("hq", events.getString("data.auditEvents.edges[0].node.actor"));
        assertThat(events.getList("data.auditEvents.edges[0].node.changes.field"), contains("name"));
        assertEquals("Audit Before", events.getString("data.auditEvents.edges[0].node.changes[0].before"));
        assertEquals("Audit After", events.getString("data.auditEvents.edges[0].node.changes[0].after"));
        JsonPath byOperation = client.run("organization/auditEvents",
                vars("where", Map.of("operation", "orgUnitUpdate", "actor", "hq"), "first", 100));
        assertThat(byOperation.getList("data.auditEvents.edges.node.targetIds[0]"), hasItem(gid(company)));
    }
}
