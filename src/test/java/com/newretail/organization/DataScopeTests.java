package com.newretail.organization;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Data scope through the API: what a store clerk and a dealer manager may see and change. */
@QuarkusTest
class DataScopeTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    long company;
    long dealerA;
    long dealerB;
    long storeA1;
    long storeA2;
    long storeB1;
    long clerkOfB;

    @BeforeEach
    void tree() {
        company = fixtures.company("Scope Co");
        dealerA = fixtures.dealer(company, "Dealer A");
        dealerB = fixtures.dealer(company, "Dealer B");
        storeA1 = fixtures.store(dealerA, "Store A1");
        storeA2 = fixtures.store(dealerA, "Store A2");
        storeB1 = fixtures.store(dealerB, "Store B1");
        clerkOfB = fixtures.staff(storeB1, "SHOPPING_GUIDE", "Clerk of B " + uniqueCode("N"), null);
        fixtures.bind("clerk-a1", storeA1, "SHOPPING_GUIDE");
        fixtures.bind("manager-a", dealerA, "DEALER_OWNER");
    }

    @Test
    @TestSecurity(user = "clerk-a1", roles = "sales-clerk")
    void aStoreClerkSeesOnlyTheirStore() {
        JsonPath units = client.run("organization/orgUnits", vars("first", 100));
        assertThat(units.getList("data.orgUnits.edges.node.id"), contains(gid(storeA1)));
        assertThat(client.run("organization/orgUnit", vars("id", gid(storeB1))).getString("data.orgUnit"), nullValue());
        assertThat(client.run("platform/node", vars("id", gid(storeB1))).getString("data.node"), nullValue());

        JsonPath staff = client.run("organization/staffMembers", vars("first", 100));
        assertThat(staff.getList("data.staffMembers.edges.node.id"), not(hasItem(GlobalId.encode("Staff", clerkOfB))));
        JsonPath byId = client.run("organization/staffMember", vars("id", GlobalId.encode("Staff", clerkOfB)));
        assertThat(byId.getString("data.staffMember"), nullValue());
        assertThat(byId.getList("errors"), nullValue());

        JsonPath me = client.run("organization/meFull", vars());
        assertEquals("ORG_ONLY", me.getString("data.me.dataScope"));
        assertEquals(gid(storeA1), me.getString("data.me.orgUnit.id"));
        assertThat(me.getList("data.me.allowedOperations"), hasItem("orgUnits"));
        assertThat(me.getList("data.me.allowedOperations"), not(hasItem("staffCreate")));
    }

    @Test
    @TestSecurity(user = "manager-a", roles = { "org-admin", "store-manager", "sales-clerk", "warehouse-keeper" })
    void aDealerManagerSeesTheirDealersStoresOnlyAndCannotTouchOthers() {
        JsonPath stores = client.run("organization/orgUnits", vars("where", Map.of("type", "STORE"), "first", 100));
        assertThat(stores.getList("data.orgUnits.edges.node.id"), containsInAnyOrder(gid(storeA1), gid(storeA2)));

        JsonPath updateOther = client.run("organization/staffUpdate",
                vars("id", GlobalId.encode("Staff", clerkOfB), "input", Map.of("name", "Renamed")));
        assertThat(updateOther.getList("data.staffUpdate.userErrors.code"), contains("NOT_FOUND"));
        JsonPath createOther = client.run("organization/staffCreate", vars("orgUnitId", gid(storeB1),
                "input", Map.of("employeeNumber", uniqueCode("E"), "name", "Sneaky", "positionId", positionId())));
        assertThat(createOther.getList("data.staffCreate.userErrors.code"), contains("NOT_FOUND"));
        JsonPath moveOther = client.run("organization/orgUnitMove", vars("id", gid(storeB1), "parentId", gid(dealerA)));
        assertThat(moveOther.getList("data.orgUnitMove.userErrors.code"), contains("NOT_FOUND"));
        JsonPath renameOther = client.run("organization/orgUnitUpdate", vars("id", gid(storeB1), "input", Map.of("name", "Mine")));
        assertThat(renameOther.getList("data.orgUnitUpdate.userErrors.code"), contains("NOT_FOUND"));

        JsonPath createOwn = client.run("organization/staffCreate", vars("orgUnitId", gid(storeA2),
                "input", Map.of("employeeNumber", uniqueCode("E"), "name", "Welcome", "positionId", positionId())));
        assertThat(createOwn.getList("data.staffCreate.userErrors"), empty());
    }

    @Test
    @TestSecurity(user = "manager-a", roles = { "org-admin", "store-manager", "sales-clerk", "warehouse-keeper" })
    void movingAStoreChangesWhoSeesItAtOnce() {
        fixtures.moveUnder(storeB1, dealerA);
        JsonPath stores = client.run("organization/orgUnits", vars("where", Map.of("type", "STORE"), "first", 100));
        assertThat(stores.getList("data.orgUnits.edges.node.id"), hasItem(gid(storeB1)));
        JsonPath staff = client.run("organization/staffMember", vars("id", GlobalId.encode("Staff", clerkOfB)));
        assertThat(staff.getString("data.staffMember.id"), org.hamcrest.Matchers.equalTo(GlobalId.encode("Staff", clerkOfB)));
    }

    private String positionId() {
        return client.run("organization/positions", vars("first", 100)).<Map<String, Object>>getList("data.positions.edges.node")
                .stream().filter(n -> "SHOPPING_GUIDE".equals(n.get("code"))).map(n -> (String) n.get("id")).findFirst().orElseThrow();
    }
}
