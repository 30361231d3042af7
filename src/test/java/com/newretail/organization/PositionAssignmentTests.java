package com.newretail.organization;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.OrgFixtures.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An org admin cannot grant more than it holds: not the HQ_ADMIN position (to others or to itself),
 * not a position with a wider data scope, and no account for someone who outranks it. Keycloak is
 * unreachable in this suite, so a refusal that still called it would come back as KEYCLOAK_UNAVAILABLE.
 */
@QuarkusTest
class PositionAssignmentTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures fixtures;

    @Inject
    Pool pool;

    private String position(String code) {
        long id = pool.preparedQuery("SELECT id FROM position WHERE code = $1").execute(Tuple.of(code))
                .await().indefinitely().iterator().next().getLong(0);
        return GlobalId.encode("Position", id);
    }

    @Test
    @TestSecurity(user = "escalating-admin", roles = "org-admin")
    void anOrgAdminCannotHandOutHeadquartersPowers() {
        long company = fixtures.company("Escalation Co");
        long store = fixtures.store(company, "Escalation Store");
        long self = fixtures.bind("escalating-admin", company, "REGIONAL_MANAGER");
        long staff = fixtures.staff(store, "SHOPPING_GUIDE", "Plain Clerk", null);
        String hqAdmin = position("HQ_ADMIN");

        JsonPath created = client.run("organization/staffCreate", vars("orgUnitId", gid(store), "input",
                Map.of("employeeNumber", uniqueCode("E"), "name", "Puppet Admin", "positionId", hqAdmin)));
        assertThat(created.getList("data.staffCreate.userErrors.code"), contains("FORBIDDEN_POSITION"));
        assertThat(created.getList("data.staffCreate.userErrors[0].field"), contains("input", "positionId"));
        assertNull(created.get("data.staffCreate.staff"));
        assertEquals(0L, count("SELECT count(*) FROM staff WHERE name = 'Puppet Admin' AND company_id = $1", company));

        JsonPath promoted = client.run("organization/staffUpdate", vars("id", staffGid(staff), "input", Map.of("positionId", hqAdmin)));
        assertThat(promoted.getList("data.staffUpdate.userErrors.code"), contains("FORBIDDEN_POSITION"));
        JsonPath selfPromoted = client.run("organization/staffUpdate", vars("id", staffGid(self), "input", Map.of("positionId", hqAdmin)));
        assertThat(selfPromoted.getList("data.staffUpdate.userErrors.code"), contains("FORBIDDEN_POSITION"));
        JsonPath selfDemoted = client.run("organization/staffUpdate", vars("id", staffGid(self),
                "input", Map.of("positionId", position("SHOPPING_GUIDE"))));
        assertThat(selfDemoted.getList("data.staffUpdate.userErrors.code"), contains("FORBIDDEN_POSITION"));
        assertEquals("SHOPPING_GUIDE", positionCodeOf(staff));
        assertEquals("REGIONAL_MANAGER", positionCodeOf(self));

        long existingAdmin = fixtures.staff(store, "HQ_ADMIN", "Someone Senior", null);
        JsonPath provisioned = client.run("organization/staffAccountProvision", vars("id", staffGid(existingAdmin),
                "input", Map.of("username", "senior-" + existingAdmin, "temporaryPassword", "chosen-by-me-1")));
        assertThat(provisioned.getList("data.staffAccountProvision.userErrors.code"), contains("FORBIDDEN_POSITION"));
        JsonPath selfAccount = client.run("organization/staffAccountResetPassword", vars("id", staffGid(self)));
        assertThat(selfAccount.getList("data.staffAccountResetPassword.userErrors.code"), contains("FORBIDDEN_POSITION"));
    }

    @Test
    @TestSecurity(user = "scoped-admin", roles = "org-admin")
    void positionsMayNotReachWiderThanTheAssigner() {
        long company = fixtures.company("Scope Co");
        long store = fixtures.store(company, "Scope Store");
        fixtures.bind("scoped-admin", company, "REGIONAL_MANAGER");
        String wide = newPosition(List.of("org-admin"), "ALL");
        String narrow = newPosition(List.of("org-admin"), "ORG_ONLY");

        JsonPath tooWide = client.run("organization/staffCreate", vars("orgUnitId", gid(store), "input",
                Map.of("employeeNumber", uniqueCode("E"), "name", "Wide Scope", "positionId", wide)));
        assertThat(tooWide.getList("data.staffCreate.userErrors.code"), contains("FORBIDDEN_POSITION"));
        JsonPath allowed = client.run("organization/staffCreate", vars("orgUnitId", gid(store), "input",
                Map.of("employeeNumber", uniqueCode("E"), "name", "Narrow Scope", "positionId", narrow)));
        assertThat(allowed.getList("data.staffCreate.userErrors"), empty());
    }

    private String newPosition(List<String> roles, String scope) {
        String code = uniqueCode("P");
        long id = pool.preparedQuery("INSERT INTO position (code, name, realm_roles, data_scope) VALUES ($1, $1, $2, $3) RETURNING id")
                .execute(Tuple.of(code, roles.toArray(String[]::new), scope)).await().indefinitely().iterator().next().getLong(0);
        return GlobalId.encode("Position", id);
    }

    private String positionCodeOf(long staffId) {
        return pool.preparedQuery("SELECT p.code FROM staff s JOIN position p ON p.id = s.position_id WHERE s.id = $1")
                .execute(Tuple.of(staffId)).await().indefinitely().iterator().next().getString(0);
    }

    private long count(String sql, long arg) {
        return pool.preparedQuery(sql).execute(Tuple.of(arg)).await().indefinitely().iterator().next().getLong(0);
    }

    private static String staffGid(long id) {
        return GlobalId.encode("Staff", id);
    }
}
