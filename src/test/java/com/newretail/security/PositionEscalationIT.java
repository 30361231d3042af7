package com.newretail.security;

import static com.newretail.support.GraphQLClient.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;
import com.newretail.support.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * With real Keycloak tokens: an org admin (a regional manager) cannot make anyone an hq-admin — not
 * a new staff member, not one it then provisions with a password of its choosing — and the target's
 * next token carries no hq-admin role.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class PositionEscalationIT {

    private final ItSetup setup = new ItSetup();

    @Test
    void anOrgAdminCannotGrantHeadquartersRoles() {
        String company = setup.orgUnit("SALES_COMPANY", "Escalation IT Co", setup.headquarters());
        String store = setup.orgUnit("STORE", "Escalation IT Store", company);
        GraphQLClient orgAdmin = GraphQLClient.withToken(setup.signedInStaff(company, "REGIONAL_MANAGER"));

        JsonPath asHq = orgAdmin.run("organization/staffCreate", vars("orgUnitId", store, "input", Map.of(
                "employeeNumber", OrgFixtures.uniqueCode("E"), "name", "Puppet Admin", "positionId", setup.positionId("HQ_ADMIN"))));
        assertThat(asHq.prettify(), asHq.getList("data.staffCreate.userErrors.code"), contains("FORBIDDEN_POSITION"));

        String username = "it-" + OrgFixtures.uniqueCode("p").toLowerCase();
        JsonPath clerk = orgAdmin.run("organization/staffCreate", vars("orgUnitId", store, "input", Map.of(
                "employeeNumber", OrgFixtures.uniqueCode("E"), "name", "Chosen Clerk", "email", username + "@demo.newretail.local",
                "positionId", setup.positionId("SHOPPING_GUIDE"))));
        assertThat(clerk.prettify(), clerk.getList("data.staffCreate.userErrors"), empty());
        String clerkId = clerk.getString("data.staffCreate.staff.id");
        JsonPath provisioned = orgAdmin.run("organization/staffAccountProvision",
                vars("id", clerkId, "input", Map.of("username", username, "temporaryPassword", "Chosen-Pass-789")));
        assertNotNull(provisioned.getString("data.staffAccountProvision.staff.id"), provisioned.prettify());

        JsonPath promoted = orgAdmin.run("organization/staffUpdate", vars("id", clerkId, "input",
                Map.of("positionId", setup.positionId("HQ_ADMIN"))));
        assertThat(promoted.prettify(), promoted.getList("data.staffUpdate.userErrors.code"), contains("FORBIDDEN_POSITION"));

        ItSetup.replaceTemporaryPassword(ItSetup.keycloakUserId(username), "Chosen-Pass-790");
        String nextToken = ItSetup.passwordGrant(username, "Chosen-Pass-790").then().statusCode(200).extract().path("access_token");
        List<String> roles = Tokens.claims(nextToken).getList("realm_access.roles");
        assertThat(roles, hasItem("sales-clerk"));
        assertThat(roles, not(hasItem("hq-admin")));
    }
}
