package com.newretail.customer;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Customers: sign-up at a store, the checkout lookup by mobile, uniqueness per company, visibility. */
@QuarkusTest
class CustomerGraphQLTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    private static String mobile() {
        return "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    @Test
    @TestSecurity(user = "clerk-c", roles = "sales-clerk")
    void aClerkSignsACustomerUpAndAnyClerkOfTheCompanyFindsThem() {
        long company = orgs.company("Member Co");
        long dealer = orgs.dealer(company, "Member Dealer");
        long store = orgs.store(dealer, "Member Store");
        orgs.bind("clerk-c", store, "SHOPPING_GUIDE");
        String number = mobile();

        JsonPath created = ok(client.run("customer/customerCreate", vars("input",
                Map.of("mobile", number, "name", " Li Lei ", "homeStoreId", gid(store)))), "customerCreate");
        assertEquals("Li Lei", created.getString("data.customerCreate.customer.name"));
        assertEquals(gid(company), created.getString("data.customerCreate.customer.company.id"));
        String id = created.getString("data.customerCreate.customer.id");

        assertEquals(id, client.run("customer/customerByMobile", vars("mobile", number)).getString("data.customerByMobile.id"));
        assertThat(client.run("customer/customerCreate", vars("input", Map.of("mobile", number, "name", "Again", "homeStoreId", gid(store))))
                .getList("data.customerCreate.userErrors.code"), contains("MOBILE_TAKEN"));
        assertThat(client.run("customer/customerCreate", vars("input", Map.of("mobile", "12345", "name", "", "homeStoreId", gid(store))))
                .getList("data.customerCreate.userErrors.code"), containsInAnyOrder("INVALID_VALUE", "INVALID_VALUE"));
        assertThat(client.run("customer/customerCreate", vars("input", Map.of("mobile", mobile(), "name", "X", "homeStoreId", gid(dealer))))
                .getList("data.customerCreate.userErrors.code"), contains("NOT_FOUND"));

        // A clerk of another store of the same company finds the member; the mobile is free in another company.
        long sibling = orgs.store(orgs.dealer(company, "Member Dealer 2"), "Member Store 2");
        orgs.bind("clerk-c", sibling, "SHOPPING_GUIDE");
        assertEquals(id, client.run("customer/customerByMobile", vars("mobile", number)).getString("data.customerByMobile.id"));
        long otherCompanyStore = orgs.store(orgs.company("Other Member Co"), "Other Member Store");
        orgs.bind("clerk-c", otherCompanyStore, "SHOPPING_GUIDE");
        assertThat(client.run("customer/customerByMobile", vars("mobile", number)).getString("data.customerByMobile"), nullValue());
        JsonPath again = ok(client.run("customer/customerCreate", vars("input",
                Map.of("mobile", number, "name", "Han Meimei", "homeStoreId", gid(otherCompanyStore)))), "customerCreate");
        assertEquals(gid(otherCompanyStore), again.getString("data.customerCreate.customer.homeStore.id"));
        assertThat(client.run("customer/customers", vars("where", Map.of("search", number))).getList("data.customers.edges.node.id"),
                contains(again.getString("data.customerCreate.customer.id")));
    }

    @Test
    @TestSecurity(user = "hq", roles = "hq-admin")
    void headquartersLooksUpAMemberOfANamedCompany() {
        long company = orgs.company("HQ Member Co");
        long store = orgs.store(company, "HQ Member Store");
        String number = mobile();
        String id = ok(client.run("customer/customerCreate", vars("input", Map.of("mobile", number, "name", "Wang", "homeStoreId",
                gid(store)))), "customerCreate").getString("data.customerCreate.customer.id");
        assertThat(client.run("customer/customerByMobile", vars("mobile", number)).getString("data.customerByMobile"), nullValue());
        assertEquals(id, client.run("customer/customerByMobile", vars("mobile", number, "companyId", gid(company)))
                .getString("data.customerByMobile.id"));
        assertEquals("Customer", client.run("platform/nodeTyped", vars("id", id)).getString("data.node.__typename"));
    }
}
