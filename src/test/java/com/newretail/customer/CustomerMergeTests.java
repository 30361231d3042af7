package com.newretail.customer;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.CustomerCalls;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.RetailFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Duplicates merged with their history; a leaving guide's customers moved in one audited call. */
@QuarkusTest
class CustomerMergeTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    RetailFixtures retail;

    @Inject
    Pool pool;

    private static String mobile() {
        return CustomerCalls.mobile("136");
    }

    private String signUp(long store, String mobile, String name) {
        return CustomerCalls.signUp(client, store, mobile, name);
    }

    private JsonPath merge(String survivor, int survivorVersion, String duplicate, int duplicateVersion, String key) {
        return client.run("customer/customerMerge", vars("survivor", survivor, "survivorVersion", survivorVersion, "duplicate", duplicate,
                "duplicateVersion", duplicateVersion, "key", key));
    }

    private long count(String sql, Object... values) {
        return pool.preparedQuery(sql).execute(Tuple.from(values)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    @TestSecurity(user = "merge-manager", roles = { "store-manager", "sales-clerk" })
    void aDuplicateIsMergedWithItsHistoryAndItsOldIdAnswersTheSurvivor() {
        RetailFixtures.Basket basket = retail.memberBasket("Merge Co", "merge-manager", "Duplicate Lin");
        long store = basket.shop().store();
        orgs.bind("merge-manager", store, "STORE_MANAGER");
        String duplicate = basket.member();
        String duplicateMobile = client.run("customer/customerProfile", vars("customerId", duplicate)).getString("data.customer.mobile");
        String survivor = signUp(store, mobile(), "Lin Fang");
        String order = ok(client.run("retail/salePost", vars("input", fields("storeId", gid(store), "customerId", duplicate, "lines",
                List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 1)), "tenders",
                List.of(fields("tender", "CASH", "amount", "9.90"))), "key", null)), "salePost").getString("data.salePost.order.id");
        ok(client.run("customer/customerTag", vars("id", duplicate, "tags", List.of("VIP"))), "customerTag");
        ok(client.run("customer/customerNoteAdd", vars("id", duplicate, "input", Map.of("body", "Signed up twice"))), "customerNoteAdd");
        ok(client.run("customer/customerUpdate", vars("id", duplicate, "version", 1, "input", Map.of("smsConsent", true, "level", "GOLD"))),
                "customerUpdate");
        long otherCompanyMember = pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by) "
                + "SELECT parent_id, $2, 'Elsewhere', id, 'test' FROM org_unit WHERE id = $1 RETURNING id")
                .execute(Tuple.of(orgs.store(orgs.company("Merge Other Co"), "Merge Other Store"), mobile())).await().indefinitely()
                .iterator().next().getLong(0);

        assertThat(merge(survivor, 1, survivor, 1, null).getList("data.customerMerge.userErrors.code"), contains("MERGE_INTO_SELF"));
        assertThat(merge(survivor, 1, duplicate, 1, null).getList("data.customerMerge.userErrors.code"), contains("STALE_VERSION"));
        assertThat(merge(survivor, 1, GlobalId.encode("Customer", otherCompanyMember), 1, null).getList("data.customerMerge.userErrors.code"),
                contains("NOT_FOUND"));
        assertEquals(1, count("SELECT count(*) FROM customer WHERE id = $1 AND merged_into_id IS NULL AND order_count = 1",
                GlobalId.decode(duplicate, "Customer")));

        JsonPath merged = ok(merge(survivor, 1, duplicate, 2, "merge-lin-1"), "customerMerge");
        assertEquals(survivor, merged.getString("data.customerMerge.customer.id"));
        assertEquals(2, merged.getInt("data.customerMerge.customer.version"));
        assertEquals("GOLD", merged.getString("data.customerMerge.customer.level"));
        assertTrue(merged.getBoolean("data.customerMerge.customer.smsConsent"));
        assertEquals("9.90", merged.getString("data.customerMerge.customer.lifetimeSpend.amount"));
        assertEquals(1, merged.getInt("data.customerMerge.customer.orderCount"));
        assertThat(merged.getList("data.customerMerge.customer.tags.name"), contains("VIP"));
        assertThat(merged.getList("data.customerMerge.customer.notes.body"), contains("Signed up twice"));
        assertEquals(survivor, ok(merge(survivor, 1, duplicate, 2, "merge-lin-1"), "customerMerge").getString("data.customerMerge.customer.id"),
                "the same key answers the same merge");

        // The old ID and the old mobile answer the survivor; the order is the survivor's; the list shows one person.
        assertEquals(survivor, client.run("customer/customerProfile", vars("customerId", duplicate)).getString("data.customer.id"));
        assertEquals(survivor, client.run("customer/customerByMobile", vars("mobile", duplicateMobile)).getString("data.customerByMobile.id"));
        assertEquals(survivor, client.runText("query($id: ID!) { order(id: $id) { customer { id } } }", vars("id", order))
                .getString("data.order.customer.id"));
        assertThat(client.run("customer/customersSorted", vars("where", Map.of("homeStoreId", gid(store)))).getList("data.customers.edges.node.id"),
                containsInAnyOrder(survivor));
        assertThat(merge(survivor, 2, duplicate, 3, null).getList("data.customerMerge.userErrors.code"), contains("ALREADY_MERGED"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE operation = 'customerMerge' AND $1 = ANY(target_ids)", survivor));
    }

    @Test
    @TestSecurity(user = "reassign-manager", roles = "store-manager")
    void aLeavingGuidesCustomersMoveToAnotherGuideInOneAuditedCall() {
        long dealerUnit = orgs.dealer(orgs.company("Reassign Co"), "Reassign Dealer");
        long store = orgs.store(dealerUnit, "Reassign Store");
        long otherStore = orgs.store(dealerUnit, "Reassign Store 2");
        orgs.bind("reassign-manager", dealerUnit, "STORE_MANAGER");
        long leaving = orgs.staff(store, "SHOPPING_GUIDE", "Leaving Guide", null);
        long taking = orgs.staff(otherStore, "SHOPPING_GUIDE", "Taking Guide", null);
        long stranger = orgs.staff(orgs.store(orgs.company("Reassign Other Co"), "Far Store"), "SHOPPING_GUIDE", "Far Guide", null);
        List<String> book = List.of(signUp(store, mobile(), "Book One"), signUp(store, mobile(), "Book Two"));
        for (String customer : book) {
            ok(client.run("customer/customerUpdate", vars("id", customer, "version", 1, "input", Map.of("guideId", GlobalId.encode("Staff", leaving)))),
                    "customerUpdate");
        }
        String leavingId = GlobalId.encode("Staff", leaving);

        assertThat(client.run("customer/customersReassign", vars("input", Map.of("fromGuideId", leavingId, "toGuideId",
                GlobalId.encode("Staff", stranger)))).getList("data.customersReassign.userErrors.code"), contains("INVALID_GUIDE"));
        assertThat(client.run("customer/customersReassign", vars("input", Map.of("fromGuideId", leavingId, "customerIds", book, "toGuideId",
                GlobalId.encode("Staff", taking)))).getList("data.customersReassign.userErrors.code"), contains("REQUIRED"));
        assertThat(client.run("customer/customersReassign", vars("input", Map.of("customerIds", List.of(book.get(0),
                GlobalId.encode("Customer", 999_999_999L)), "toGuideId", GlobalId.encode("Staff", taking))))
                .getList("data.customersReassign.userErrors.field"), contains(List.of("input", "customerIds", "1")));
        assertEquals(2, count("SELECT count(*) FROM customer WHERE guide_id = $1", leaving));

        JsonPath moved = ok(client.run("customer/customersReassign", vars("input", Map.of("fromGuideId", leavingId, "toGuideId",
                GlobalId.encode("Staff", taking), "toHomeStoreId", gid(otherStore)), "key", "guide-leaves-1")), "customersReassign");
        assertEquals(2, moved.getInt("data.customersReassign.reassignedCount"));
        assertThat(client.run("customer/customersSorted", vars("where", Map.of("guideId", GlobalId.encode("Staff", taking), "homeStoreId",
                gid(otherStore)))).getList("data.customers.edges.node.id"), containsInAnyOrder(book.toArray()));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE operation = 'customersReassign' AND cardinality(target_ids) = 2 "
                + "AND $1 = ANY(target_ids) AND $2 = ANY(target_ids)", book.get(0), book.get(1)));
        assertEquals(2, ok(client.run("customer/customersReassign", vars("input", Map.of("fromGuideId", leavingId, "toGuideId",
                GlobalId.encode("Staff", taking), "toHomeStoreId", gid(otherStore)), "key", "guide-leaves-1")), "customersReassign")
                .getInt("data.customersReassign.reassignedCount"), "the same key answers the same count");
    }
}
