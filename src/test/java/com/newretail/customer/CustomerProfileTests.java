package com.newretail.customer;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

/**
 * The member profile: edits with an optimistic version, consent with when and where, tags and notes;
 * purchase figures kept by sales and refunds; scope by home store; the mobile masked for roles that
 * do not serve members in person.
 */
@QuarkusTest
class CustomerProfileTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    RetailFixtures retail;

    @Inject
    Pool pool;

    private static String mobile() {
        return CustomerCalls.mobile("137");
    }

    private String signUp(long store, String mobile, String name) {
        return CustomerCalls.signUp(client, store, mobile, name);
    }

    private JsonPath update(String id, int version, Map<String, Object> input) {
        return client.run("customer/customerUpdate", vars("id", id, "version", version, "input", input));
    }

    private JsonPath profile(String id) {
        return client.run("customer/customerProfile", vars("customerId", id));
    }

    private long customerRows(String column, String id, Object value) {
        return pool.preparedQuery("SELECT count(*) FROM customer WHERE id = $1 AND " + column + " IS NOT DISTINCT FROM $2")
                .execute(Tuple.of(GlobalId.decode(id, "Customer"), value)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    @TestSecurity(user = "profile-clerk", roles = "sales-clerk")
    void aClerkKeepsAMembersProfileAndBadInputChangesNothing() {
        long company = orgs.company("Profile Co");
        long store = orgs.store(orgs.dealer(company, "Profile Dealer"), "Profile Store");
        long otherStore = orgs.store(company, "Profile Store 2");
        orgs.bind("profile-clerk", store, "SHOPPING_GUIDE");
        long guide = orgs.staff(store, "SHOPPING_GUIDE", "Guide Zhao", null);
        long stranger = orgs.staff(orgs.store(orgs.company("Stranger Co"), "Stranger Store"), "SHOPPING_GUIDE", "Guide Elsewhere", null);
        String taken = mobile();
        signUp(store, taken, "First Member");
        String id = signUp(store, mobile(), "Zhang Wei");

        JsonPath updated = ok(update(id, 1, fields("name", " Zhang Wei Jr ", "gender", "MALE", "birthday", "1988-05-06", "level", "SILVER",
                "guideId", GlobalId.encode("Staff", guide), "smsConsent", true)), "customerUpdate");
        assertEquals("Zhang Wei Jr", updated.getString("data.customerUpdate.customer.name"));
        assertEquals("MALE", updated.getString("data.customerUpdate.customer.gender"));
        assertEquals("1988-05-06", updated.getString("data.customerUpdate.customer.birthday"));
        assertEquals("SILVER", updated.getString("data.customerUpdate.customer.level"));
        assertEquals(2, updated.getInt("data.customerUpdate.customer.version"));
        assertEquals(GlobalId.encode("Staff", guide), updated.getString("data.customerUpdate.customer.guide.id"));
        assertTrue(updated.getBoolean("data.customerUpdate.customer.smsConsent"));
        assertNotNull(updated.getString("data.customerUpdate.customer.smsConsentAt"));
        assertEquals(gid(store), updated.getString("data.customerUpdate.customer.smsConsentStore.id"), "consent given at the home store by default");
        String consentAt = updated.getString("data.customerUpdate.customer.smsConsentAt");

        // Every refusal leaves the customer at version 2 as it was.
        assertThat(update(id, 1, fields("name", "Late Edit")).getList("data.customerUpdate.userErrors.code"), contains("STALE_VERSION"));
        assertThat(update(id, 2, fields("mobile", taken)).getList("data.customerUpdate.userErrors.code"), contains("MOBILE_TAKEN"));
        assertThat(update(id, 2, fields("guideId", GlobalId.encode("Staff", stranger))).getList("data.customerUpdate.userErrors.code"),
                contains("INVALID_GUIDE"));
        JsonPath invalid = update(id, 2, fields("mobile", "123", "name", " ", "birthday", LocalDate.now().plusDays(2).toString()));
        assertThat(invalid.prettify(), invalid.getList("data.customerUpdate.userErrors.code"), contains("INVALID_VALUE", "INVALID_VALUE", "INVALID_VALUE"));
        assertThat(update(id, 2, fields("gender", "FEMALE", "clear", List.of("GENDER"))).getList("data.customerUpdate.userErrors.code"),
                contains("INVALID_VALUE"));
        assertThat(update(id, 2, fields("smsConsent", true, "smsConsentStoreId", gid(company))).getList("data.customerUpdate.userErrors.code"),
                contains("NOT_A_STORE"));
        assertEquals(1, customerRows("version", id, 2));
        assertEquals(1, customerRows("name", id, "Zhang Wei Jr"));

        // Consent stays as first given while granted; clearing and withdrawing empty the fields.
        JsonPath again = ok(update(id, 2, fields("smsConsent", true, "clear", List.of("GENDER", "GUIDE"))), "customerUpdate");
        assertEquals(consentAt, again.getString("data.customerUpdate.customer.smsConsentAt"));
        assertThat(again.getString("data.customerUpdate.customer.gender"), nullValue());
        assertThat(again.getString("data.customerUpdate.customer.guide"), nullValue());
        assertEquals("1988-05-06", again.getString("data.customerUpdate.customer.birthday"));
        JsonPath withdrawn = ok(update(id, 3, fields("smsConsent", false)), "customerUpdate");
        assertFalse(withdrawn.getBoolean("data.customerUpdate.customer.smsConsent"));
        assertThat(withdrawn.getString("data.customerUpdate.customer.smsConsentAt"), nullValue());
        JsonPath elsewhere = ok(update(id, 4, fields("smsConsent", true, "smsConsentStoreId", gid(otherStore))), "customerUpdate");
        assertEquals(gid(otherStore), elsewhere.getString("data.customerUpdate.customer.smsConsentStore.id"));

        // The audit log keeps what the profile was before each change.
        assertEquals(4, pool.preparedQuery("SELECT count(*) FROM audit_event WHERE operation = 'customerUpdate' AND $1 = ANY(target_ids)")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0));
        assertEquals("Zhang Wei Jr", pool.preparedQuery("SELECT changes -> 'name' ->> 'after' FROM audit_event WHERE operation = 'customerUpdate' "
                + "AND $1 = ANY(target_ids) AND changes -> 'name' ->> 'before' = 'Zhang Wei'").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next().getString(0));
    }

    @Test
    @TestSecurity(user = "tag-clerk", roles = "sales-clerk")
    void tagsAndNotesAndTheListFiltersByThem() {
        long store = orgs.store(orgs.company("Tag Co"), "Tag Store");
        orgs.bind("tag-clerk", store, "SHOPPING_GUIDE");
        String id = signUp(store, mobile(), "Tagged Member");
        String plain = signUp(store, mobile(), "Plain Member");

        JsonPath tagged = ok(client.run("customer/customerTag", vars("id", id, "tags", List.of("VIP", " tea lover ", "VIP"))), "customerTag");
        assertThat(tagged.getList("data.customerTag.customer.tags.name"), contains("VIP", "tea lover"));
        assertThat(tagged.getList("data.customerTag.customer.tags.kind"), contains("MANUAL", "MANUAL"));
        assertThat(client.run("customer/customerTag", vars("id", id, "tags", List.of("<script>"))).getList("data.customerTag.userErrors.code"),
                contains("INVALID_VALUE"));
        assertThat(client.run("customer/customersSorted", vars("where", Map.of("tag", "VIP", "homeStoreId", gid(store))))
                .getList("data.customers.edges.node.id"), contains(id));

        pool.preparedQuery("INSERT INTO customer_tag (customer_id, name, kind, created_by) VALUES ($1, 'Frequent', 'SYSTEM', 'rules')")
                .execute(Tuple.of(GlobalId.decode(id, "Customer"))).await().indefinitely();
        assertThat(client.run("customer/customerUntag", vars("id", id, "tags", List.of("VIP", "Frequent")))
                .getList("data.customerUntag.userErrors.code"), contains("SYSTEM_TAG"));
        JsonPath untagged = ok(client.run("customer/customerUntag", vars("id", id, "tags", List.of("VIP"))), "customerUntag");
        assertThat(untagged.getList("data.customerUntag.customer.tags.name"), contains("Frequent", "tea lover"));

        String followUp = LocalDate.now().plusDays(7).toString();
        JsonPath noted = ok(client.run("customer/customerNoteAdd", vars("id", plain, "input", Map.of("body", "Asked about green tea",
                "followUpOn", followUp))), "customerNoteAdd");
        assertThat(noted.getList("data.customerNoteAdd.customer.notes.body"), contains("Asked about green tea"));
        assertThat(noted.getList("data.customerNoteAdd.customer.notes.followUpOn"), contains(followUp));
        assertThat(noted.getList("data.customerNoteAdd.customer.notes.author"), contains("tag-clerk"));
        assertThat(client.run("customer/customerNoteAdd", vars("id", plain, "input", Map.of("body", "Too late",
                "followUpOn", LocalDate.now().minusDays(2).toString()))).getList("data.customerNoteAdd.userErrors.code"), contains("INVALID_VALUE"));
        assertThat(profile(plain).getList("data.customer.notes.body"), contains("Asked about green tea"));
    }

    @Test
    @TestSecurity(user = "spend-clerk", roles = { "sales-clerk", "store-manager" })
    void salesAndRefundsKeepTheSpendAndTheListSortsByIt() {
        RetailFixtures.Basket basket = retail.memberBasket("Spend Co", "spend-clerk", "Big Spender");
        String quiet = signUp(basket.shop().store(), mobile(), "Quiet Member");
        long tea = pool.preparedQuery("INSERT INTO category (code, name) VALUES ($1, 'Tea') RETURNING id").execute(Tuple.of(OrgFixtures.uniqueCode("CAT")))
                .await().indefinitely().iterator().next().getLong(0);
        pool.preparedQuery("UPDATE product SET category_id = $1 FROM sku WHERE sku.id = $2 AND product.id = sku.product_id")
                .execute(Tuple.of(tea, basket.tea())).await().indefinitely();
        String order = null;
        for (int sale = 0; sale < 2; sale++) {
            // The second sale is small enough (4.00, the test profile's approval threshold is 5.00) to be returned without approval.
            Map<String, Object> input = fields("storeId", gid(basket.shop().store()), "customerId", basket.member(), "lines",
                    List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 1, "lineDiscount", sale == 0 ? "0" : "5.90",
                            "discountReason", sale == 0 ? null : "Promotion")), "tenders",
                    List.of(fields("tender", "CASH", "amount", sale == 0 ? "9.90" : "4.00")));
            order = ok(client.run("retail/salePost", vars("input", input, "key", null)), "salePost").getString("data.salePost.order.id");
        }
        JsonPath spent = profile(basket.member());
        assertEquals("13.90", spent.getString("data.customer.lifetimeSpend.amount"));
        assertEquals("CNY", spent.getString("data.customer.lifetimeSpend.currency"));
        assertEquals(2, spent.getInt("data.customer.orderCount"));
        assertNotNull(spent.getString("data.customer.firstPurchaseAt"));
        assertNotNull(spent.getString("data.customer.lastPurchaseAt"));
        assertThat(spent.getList("data.customer.favouriteCategories.category.name"), contains("Tea"));
        assertThat(spent.getList("data.customer.favouriteCategories.spend.amount"), contains("13.90"));
        assertThat(spent.getList("data.customer.favouriteCategories.units"), contains(2));

        JsonPath sorted = client.run("customer/customersSorted", vars("sortBy", "SPEND_DESC", "first", 1,
                "where", Map.of("homeStoreId", gid(basket.shop().store()))));
        assertThat(sorted.getList("data.customers.edges.node.id"), contains(basket.member()));
        assertThat(client.run("customer/customersSorted", vars("sortBy", "SPEND_DESC", "first", 1, "after",
                sorted.getString("data.customers.pageInfo.endCursor"), "where", Map.of("homeStoreId", gid(basket.shop().store()))))
                .getList("data.customers.edges.node.id"), contains(quiet));
        assertThat(client.run("customer/customersSorted", vars("where", Map.of("spendMin", "10", "homeStoreId", gid(basket.shop().store()))))
                .getList("data.customers.edges.node.id"), contains(basket.member()));

        // A refunded return takes its amount back; the order still counts.
        String returned = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "CHANGED_MIND",
                "lines", List.of(Map.of("lineNo", 1, "quantity", 1, "condition", "SELLABLE"))))), "orderReturnRequest")
                .getString("data.orderReturnRequest.orderReturn.id");
        ok(client.run("retail/returnRefund", vars("id", returned, "version", 0)), "orderReturnRefund");
        JsonPath after = profile(basket.member());
        assertEquals("9.90", after.getString("data.customer.lifetimeSpend.amount"));
        assertEquals(2, after.getInt("data.customer.orderCount"));
        assertThat(after.getList("data.customer.favouriteCategories.spend.amount"), contains("9.90"));
        assertThat(after.getList("data.customer.favouriteCategories.units"), contains(1));
    }

    @Test
    @TestSecurity(user = "rfm-hq", roles = "hq-admin")
    void rfmScoresRankPayingMembersWithinTheirCompany() {
        RetailFixtures.Basket basket = retail.memberBasket("RFM Co", "rfm-clerk", "Regular Buyer");
        String occasional = signUp(basket.shop().store(), mobile(), "Occasional Buyer");
        String never = signUp(basket.shop().store(), mobile(), "Never Buyer");
        // The occasional buyer buys once first; the regular buyer twice, later and for more.
        for (String buyer : List.of(occasional, basket.member(), basket.member())) {
            ok(client.run("retail/salePost", vars("input", fields("storeId", gid(basket.shop().store()), "customerId", buyer, "lines",
                    List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 1)), "tenders",
                    List.of(fields("tender", "CASH", "amount", "9.90"))), "key", null)), "salePost");
        }
        JsonPath refreshed = client.runText("mutation { customerScoresRefresh { scoredCount userErrors { code } } }", Map.of());
        assertTrue(refreshed.getInt("data.customerScoresRefresh.scoredCount") >= 3, refreshed.prettify());
        String scores = "query($id: ID!) { customer(id: $id) { rfmRecency rfmFrequency rfmMonetary rfmScoredAt } }";
        JsonPath regular = client.runText(scores, vars("id", basket.member()));
        assertEquals(List.of(5, 5, 5), List.of(regular.getInt("data.customer.rfmRecency"), regular.getInt("data.customer.rfmFrequency"),
                regular.getInt("data.customer.rfmMonetary")));
        JsonPath once = client.runText(scores, vars("id", occasional));
        assertEquals(List.of(3, 3, 3), List.of(once.getInt("data.customer.rfmRecency"), once.getInt("data.customer.rfmFrequency"),
                once.getInt("data.customer.rfmMonetary")), "the lower half of two paying members");
        JsonPath none = client.runText(scores, vars("id", never));
        assertThat(none.getString("data.customer.rfmRecency"), nullValue());
        assertNotNull(none.getString("data.customer.rfmScoredAt"));
        assertThat(client.run("customer/customersSorted", vars("where", Map.of("homeStoreId", gid(basket.shop().store()), "rfmMonetaryMin", 4)))
                .getList("data.customers.edges.node.id"), contains(basket.member()));

        // System tags follow the figures: both bought for the first time today; only the regular buyer tops all three scores.
        String tags = "query($id: ID!) { customer(id: $id) { tags { name kind } } }";
        assertThat(client.runText(tags, vars("id", basket.member())).getList("data.customer.tags.name"), contains("Champion", "New member"));
        assertThat(client.runText(tags, vars("id", basket.member())).getList("data.customer.tags.kind", String.class).stream().distinct().toList(),
                contains("SYSTEM"));
        assertThat(client.runText(tags, vars("id", occasional)).getList("data.customer.tags.name"), contains("New member"));
        assertThat(client.runText(tags, vars("id", never)).getList("data.customer.tags"), empty());
        assertThat(client.run("customer/customerUntag", vars("id", basket.member(), "tags", List.of("Champion")))
                .getList("data.customerUntag.userErrors.code"), contains("SYSTEM_TAG"));
        // Half a year later without buying again, the regular buyer has lapsed: the tags that no longer hold come off.
        pool.preparedQuery("UPDATE customer SET first_purchase_at = now() - interval '300 days', last_purchase_at = now() - interval '200 days' "
                + "WHERE id = $1").execute(Tuple.of(GlobalId.decode(basket.member(), "Customer"))).await().indefinitely();
        client.runText("mutation { customerScoresRefresh { scoredCount } }", Map.of());
        assertThat(client.runText(tags, vars("id", basket.member())).getList("data.customer.tags.name"), contains("Lapsed"));
    }

    @Test
    @TestSecurity(user = "scope-manager", roles = "store-manager")
    void aStoreManagerSeesAndChangesOnlyTheirStoresMembers() {
        long company = orgs.company("Scope Member Co");
        long mine = orgs.store(company, "Scope Store A");
        long theirs = orgs.store(company, "Scope Store B");
        orgs.bind("scope-manager", theirs, "STORE_MANAGER");
        String number = mobile();
        String other = signUp(theirs, number, "Their Member");
        orgs.bind("scope-manager", mine, "STORE_MANAGER");

        assertThat(profile(other).getString("data.customer"), nullValue());
        assertThat(client.run("customer/customersSorted", vars("where", Map.of("search", number))).getList("data.customers.edges"), empty());
        assertThat(update(other, 1, fields("name", "Hijacked")).getList("data.customerUpdate.userErrors.code"), contains("NOT_FOUND"));
        assertThat(client.run("customer/customerTag", vars("id", other, "tags", List.of("Mine")))
                .getList("data.customerTag.userErrors.code"), contains("NOT_FOUND"));
        assertEquals(1, customerRows("name", other, "Their Member"));
        // At the till the member of another store of the company is still found by mobile.
        assertEquals(other, client.run("customer/customerByMobile", vars("mobile", number)).getString("data.customerByMobile.id"));
    }

    @Test
    @TestSecurity(user = "mask-analyst", roles = "analyst")
    void anAnalystSeesMobilesMaskedOnBothPaths() {
        orgs.bindHeadquartersAnalyst("mask-analyst");
        long store = orgs.store(orgs.company("Mask Co"), "Mask Store");
        long id = pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by) "
                + "VALUES ((SELECT parent_id FROM org_unit WHERE id = $1), '13912345678', 'Masked Member', $1, 'test') "
                + "ON CONFLICT (company_id, mobile) DO UPDATE SET name = EXCLUDED.name RETURNING id")
                .execute(Tuple.of(store)).await().indefinitely().iterator().next().getLong(0);
        String query = "query($id: ID!) { customer(id: $id) { mobile } }";
        // The header X-NewRetail-Path: smallrye makes SmallRye answer what the planner would (ADR 0012).
        for (String path : List.of("planned", "smallrye")) {
            JsonPath answer = given().contentType("application/json").header("X-NewRetail-Path", path)
                    .body(Map.of("query", query, "variables", Map.of("id", GlobalId.encode("Customer", id)))).post("/graphql").jsonPath();
            assertEquals("139****5678", answer.getString("data.customer.mobile"), path);
        }
    }
}
