package com.newretail.organization;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OrgUnitGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    private static Map<String, Object> input(String code, String name, String type) {
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("code", code);
        input.put("name", name);
        input.put("type", type);
        return input;
    }

    private JsonPath create(String code, String name, String type, String parentId) {
        return client.run("organization/orgUnitCreate", vars("input", input(code, name, type), "parentId", parentId));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void createsABranchOfTheTreeAndReadsItBack() {
        String hq = gid(fixtures.headquarters());
        String companyCode = uniqueCode("SC");
        JsonPath company = create(companyCode, "East Company", "SALES_COMPANY", hq);
        assertThat(company.getList("data.orgUnitCreate.userErrors"), empty());
        String companyId = company.getString("data.orgUnitCreate.orgUnit.id");
        assertEquals(1, company.getInt("data.orgUnitCreate.orgUnit.depth"));
        assertEquals(hq, company.getString("data.orgUnitCreate.orgUnit.parent.id"));

        String dealerId = create(uniqueCode("D"), "Dealer One", "DEALER", companyId)
                .getString("data.orgUnitCreate.orgUnit.id");
        JsonPath store = create(uniqueCode("S"), "Store One", "STORE", dealerId);
        String storeId = store.getString("data.orgUnitCreate.orgUnit.id");
        assertEquals(3, store.getInt("data.orgUnitCreate.orgUnit.depth"));

        JsonPath read = client.run("organization/orgUnit", vars("id", storeId));
        assertThat(read.getList("data.orgUnit.ancestors.type"), contains("HEADQUARTERS", "SALES_COMPANY", "DEALER"));
        assertEquals(dealerId, read.getString("data.orgUnit.parent.id"));
        assertThat(read.getList("data.orgUnit.children.edges"), empty());
        assertThat(read.getString("data.orgUnit.createdAt"), notNullValue());

        JsonPath companyRead = client.run("organization/orgUnit", vars("id", companyId));
        assertThat(companyRead.getList("data.orgUnit.children.edges.node.type"), contains("DEALER"));
        assertThat(companyRead.getList("data.orgUnit.children.edges[0].node.children.edges.node.code"), hasSize(1));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void typeRulesAreEnforcedAndNothingIsCreated() {
        long company = fixtures.company("Rules Co");
        long store = fixtures.store(company, "Direct Store");

        JsonPath underStore = create(uniqueCode("S"), "Nested", "STORE", gid(store));
        assertUserError(underStore, "orgUnitCreate", "PARENT_NOT_ALLOWED", "parentId");

        JsonPath dealerUnderHq = create(uniqueCode("D"), "Misplaced", "DEALER", gid(fixtures.headquarters()));
        assertUserError(dealerUnderHq, "orgUnitCreate", "PARENT_NOT_ALLOWED", "parentId");

        JsonPath secondHq = create(uniqueCode("HQ"), "Second HQ", "HEADQUARTERS", null);
        assertUserError(secondHq, "orgUnitCreate", "ROOT_EXISTS", "input.type");

        JsonPath noParent = create(uniqueCode("D"), "Orphan", "DEALER", null);
        assertUserError(noParent, "orgUnitCreate", "REQUIRED", "parentId");

        JsonPath children = client.run("organization/orgUnit", vars("id", gid(store)));
        assertThat(children.getList("data.orgUnit.children.edges"), empty());
        JsonPath named = client.run("organization/orgUnits", vars("where", Map.of("nameContains", "Misplaced")));
        assertThat(named.getList("data.orgUnits.edges"), empty());
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void badInputGetsFieldErrors() {
        String hq = gid(fixtures.headquarters());
        JsonPath missing = client.run("organization/orgUnitCreate", vars("input", Map.of(), "parentId", hq));
        assertThat(missing.getList("data.orgUnitCreate.userErrors.code"), containsInAnyOrder("REQUIRED", "REQUIRED", "REQUIRED"));
        assertThat(missing.getString("data.orgUnitCreate.orgUnit"), nullValue());

        JsonPath badCode = create("no spaces!", "Bad", "SALES_COMPANY", hq);
        assertUserError(badCode, "orgUnitCreate", "INVALID_VALUE", "input.code");

        String code = uniqueCode("SC");
        create(code, "Taken", "SALES_COMPANY", hq);
        assertUserError(create(code, "Taken again", "SALES_COMPANY", hq), "orgUnitCreate", "CODE_TAKEN", "input.code");

        JsonPath badParent = create(uniqueCode("SC"), "Bad parent", "SALES_COMPANY", "not-an-id");
        assertUserError(badParent, "orgUnitCreate", "INVALID_ID", "parentId");
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void updateChangesNameButNeverType() {
        long company = fixtures.company("Before");
        JsonPath renamed = client.run("organization/orgUnitUpdate",
                vars("id", gid(company), "input", Map.of("name", "After")));
        assertThat(renamed.getList("data.orgUnitUpdate.userErrors"), empty());
        assertEquals("After", renamed.getString("data.orgUnitUpdate.orgUnit.name"));
        assertEquals(fixtures.codeOf(company), renamed.getString("data.orgUnitUpdate.orgUnit.code"));

        JsonPath retyped = client.run("organization/orgUnitUpdate",
                vars("id", gid(company), "input", Map.of("type", "DEALER")));
        assertUserError(retyped, "orgUnitUpdate", "TYPE_CHANGE_NOT_ALLOWED", "input.type");

        JsonPath missing = client.run("organization/orgUnitUpdate",
                vars("id", gid(999_999_999L), "input", Map.of("name", "Ghost")));
        assertUserError(missing, "orgUnitUpdate", "NOT_FOUND", "id");
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void moveCarriesTheSubtreeAndRefusesCycles() {
        long east = fixtures.company("East");
        long west = fixtures.company("West");
        long dealer = fixtures.dealer(east, "Mover");
        long store = fixtures.store(dealer, "Carried Store");

        JsonPath moved = client.run("organization/orgUnitMove", vars("id", gid(dealer), "parentId", gid(west)));
        assertThat(moved.getList("data.orgUnitMove.userErrors"), empty());
        assertEquals(gid(west), moved.getString("data.orgUnitMove.orgUnit.parent.id"));

        JsonPath storeRead = client.run("organization/orgUnit", vars("id", gid(store)));
        assertThat(storeRead.getList("data.orgUnit.ancestors.code"),
                contains(fixtures.codeOf(fixtures.headquarters()), fixtures.codeOf(west), fixtures.codeOf(dealer)));
        JsonPath underWest = client.run("organization/orgUnits", vars("where", Map.of("descendantOf", gid(west))));
        assertThat(underWest.getList("data.orgUnits.edges.node.id"), containsInAnyOrder(gid(dealer), gid(store)));
        JsonPath underEast = client.run("organization/orgUnits", vars("where", Map.of("descendantOf", gid(east))));
        assertThat(underEast.getList("data.orgUnits.edges"), empty());

        assertUserError(client.run("organization/orgUnitMove", vars("id", gid(west), "parentId", gid(dealer))),
                "orgUnitMove", "CYCLE", "parentId");
        assertUserError(client.run("organization/orgUnitMove", vars("id", gid(dealer), "parentId", gid(dealer))),
                "orgUnitMove", "CYCLE", "parentId");
        assertUserError(client.run("organization/orgUnitMove", vars("id", gid(dealer), "parentId", gid(store))),
                "orgUnitMove", "CYCLE", "parentId");
        long elsewhere = fixtures.store(east, "Unrelated Store");
        assertUserError(client.run("organization/orgUnitMove", vars("id", gid(dealer), "parentId", gid(elsewhere))),
                "orgUnitMove", "PARENT_NOT_ALLOWED", "parentId");
        assertUserError(client.run("organization/orgUnitMove",
                vars("id", gid(fixtures.headquarters()), "parentId", gid(east))), "orgUnitMove", "ROOT_NOT_MOVABLE", "id");
        assertUserError(client.run("organization/orgUnitMove", vars("id", "garbage", "parentId", gid(east))),
                "orgUnitMove", "INVALID_ID", "id");

        JsonPath unchanged = client.run("organization/orgUnit", vars("id", gid(dealer)));
        assertEquals(fixtures.codeOf(west), unchanged.getString("data.orgUnit.parent.code"));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void idempotencyKeyReplaysTheFirstResult() {
        String hq = gid(fixtures.headquarters());
        String key = "create-" + uniqueCode("K");
        Map<String, Object> input = input(uniqueCode("SC"), "Once Only", "SALES_COMPANY");
        JsonPath first = client.run("organization/orgUnitCreate", vars("input", input, "parentId", hq, "key", key));
        JsonPath replay = client.run("organization/orgUnitCreate", vars("input", input, "parentId", hq, "key", key));
        assertThat(first.getList("data.orgUnitCreate.userErrors"), empty());
        assertThat(replay.getList("data.orgUnitCreate.userErrors"), empty());
        assertEquals(first.getString("data.orgUnitCreate.orgUnit.id"), replay.getString("data.orgUnitCreate.orgUnit.id"));
        JsonPath count = client.run("organization/orgUnits", vars("where", Map.of("nameContains", "Once Only")));
        assertThat(count.getList("data.orgUnits.edges"), hasSize(1));

        Map<String, Object> other = input(uniqueCode("SC"), "Other", "SALES_COMPANY");
        JsonPath reused = client.run("organization/orgUnitCreate", vars("input", other, "parentId", hq, "key", key));
        assertUserError(reused, "orgUnitCreate", "IDEMPOTENCY_KEY_REUSED", "idempotencyKey");
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void failedAttemptDoesNotBurnTheIdempotencyKey() {
        String hq = gid(fixtures.headquarters());
        String key = "retry-" + uniqueCode("K");
        Map<String, Object> bad = input("bad code!", "Retry Co", "SALES_COMPANY");
        assertUserError(client.run("organization/orgUnitCreate", vars("input", bad, "parentId", hq, "key", key)),
                "orgUnitCreate", "INVALID_VALUE", "input.code");
        Map<String, Object> good = input(uniqueCode("SC"), "Retry Co", "SALES_COMPANY");
        JsonPath retried = client.run("organization/orgUnitCreate", vars("input", good, "parentId", hq, "key", key));
        assertThat(retried.getList("data.orgUnitCreate.userErrors"), empty());
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void listsPageWithKeysetCursors() {
        fixtures.bindHeadquartersAnalyst("analyst");
        long company = fixtures.company("Paged Co");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(gid(fixtures.dealer(company, "Dealer " + i)));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            JsonPath page = client.run("organization/orgUnits",
                    vars("first", 2, "after", after, "where", Map.of("parentId", gid(company))));
            List<String> ids = page.getList("data.orgUnits.edges.node.id");
            assertThat(ids.size() <= 2, is(true));
            seen.addAll(ids);
            hasNext = page.getBoolean("data.orgUnits.pageInfo.hasNextPage");
            after = page.getString("data.orgUnits.pageInfo.endCursor");
            assertThat(page.getBoolean("data.orgUnits.pageInfo.hasPreviousPage"), is(false));
        }
        assertEquals(expected, seen);

        JsonPath tooMany = client.run("organization/orgUnits", vars("first", 101));
        assertThat(tooMany.getString("errors[0].message"), equalTo("'first' must be between 0 and 100, was 101"));
        assertThat(tooMany.getString("errors[0].extensions.code"), equalTo("invalid-argument"));

        JsonPath badCursor = client.run("organization/orgUnits", vars("after", "%%%"));
        assertThat(badCursor.getString("errors[0].extensions.code"), equalTo("invalid-argument"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "sales-clerk")
    void staffWithoutAdminRoleCanReadButNotChangeTheTree() {
        long company = fixtures.company("Readable");
        fixtures.bind("clerk", company, "SHOPPING_GUIDE");
        JsonPath read = client.run("organization/orgUnit", vars("id", gid(company)));
        assertEquals("Readable", read.getString("data.orgUnit.name"));

        JsonPath denied = create(uniqueCode("SC"), "Clerk Co", "SALES_COMPANY", gid(fixtures.headquarters()));
        assertThat(denied.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertThat(denied.getString("data.orgUnitCreate"), nullValue());
        JsonPath move = client.run("organization/orgUnitMove", vars("id", gid(company), "parentId", gid(company)));
        assertThat(move.getString("errors[0].extensions.code"), equalTo("forbidden"));
        JsonPath update = client.run("organization/orgUnitUpdate", vars("id", gid(company), "input", Map.of("name", "x")));
        assertThat(update.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertEquals("Readable", client.run("organization/orgUnit", vars("id", gid(company))).getString("data.orgUnit.name"));
    }

    @Test
    @TestSecurity(user = "nobody", roles = "some-other-app-role")
    void aUserWithoutAProductRoleIsForbidden() {
        JsonPath list = client.run("organization/orgUnits", vars());
        assertThat(list.getString("errors[0].extensions.code"), equalTo("forbidden"));
        assertThat(list.getString("data.orgUnits"), nullValue());
        JsonPath me = client.run("organization/me", vars());
        assertEquals("nobody", me.getString("data.me.username"));
    }

    @Test
    @TestSecurity(user = "org", roles = "org-admin")
    void orgAdminMayChangeTheTree() {
        fixtures.bind("org", fixtures.headquarters(), "REGIONAL_MANAGER");
        JsonPath created = create(uniqueCode("SC"), "Org Admin Co", "SALES_COMPANY", gid(fixtures.headquarters()));
        assertThat(created.getList("data.orgUnitCreate.userErrors"), empty());
    }

    @Test
    void anonymousCallsAreRejectedWithHttp401() {
        client.post(GraphQLClient.document("organization/orgUnits"), vars()).then().statusCode(401);
        client.post(GraphQLClient.document("organization/me"), vars()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void malformedIdsAreClearErrors() {
        fixtures.bindHeadquartersAnalyst("analyst");
        JsonPath garbage = client.run("organization/orgUnit", vars("id", "garbage"));
        assertThat(garbage.getString("errors[0].message"), equalTo("'garbage' is not a valid ID"));
        assertThat(garbage.getString("errors[0].extensions.code"), equalTo("invalid-global-id"));
        JsonPath unknown = client.run("organization/orgUnit", vars("id", gid(987_654_321L)));
        assertThat(unknown.getString("data.orgUnit"), nullValue());
        assertThat(unknown.getList("errors"), nullValue());
    }

    @Test
    @TestSecurity(user = "clerk", roles = { "sales-clerk", "analyst" })
    void meShowsUsernameAndRoles() {
        JsonPath me = client.run("organization/me", vars());
        assertEquals("clerk", me.getString("data.me.username"));
        assertThat(me.getList("data.me.roles"), contains("analyst", "sales-clerk"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void twoRootFieldsWithNestedBatchesResolveTogether() {
        fixtures.bindHeadquartersAnalyst("analyst");
        long company = fixtures.company("Parallel A");
        long dealer = fixtures.dealer(company, "Parallel Dealer");
        fixtures.store(dealer, "Parallel Store 1");
        fixtures.store(dealer, "Parallel Store 2");
        long other = fixtures.company("Parallel B");
        long direct = fixtures.store(other, "Parallel Direct");
        for (int round = 0; round < 5; round++) {
            JsonPath both = client.run("organization/twoRootsWithBatches", vars("a", gid(company), "b", gid(other)));
            assertThat(both.getList("errors"), nullValue());
            assertThat(both.getList("data.first.children.edges.node.children.edges.node.code").toString(),
                    not(equalTo("[]")));
            assertThat(both.getList("data.first.children.edges[0].node.children.edges.node.code"), hasSize(2));
            assertEquals(fixtures.codeOf(company), both.getString("data.first.children.edges[0].node.parent.code"));
            assertThat(both.getList("data.second.children.edges.node.code"), contains(fixtures.codeOf(direct)));
            assertThat(both.getList("data.list.edges.node.parent.code"), hasItem(fixtures.codeOf(dealer)));
            assertThat(both.getList("data.second.ancestors.code"), hasSize(1));
        }
    }

    private static void assertUserError(JsonPath result, String mutation, String code, String field) {
        assertThat(result.getList("errors"), nullValue());
        assertThat(result.getString("data." + mutation + ".orgUnit"), nullValue());
        assertThat(result.getList("data." + mutation + ".userErrors.code"), contains(code));
        assertEquals(field, String.join(".", result.<String>getList("data." + mutation + ".userErrors[0].field")));
    }
}
