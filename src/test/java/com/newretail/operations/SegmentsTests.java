package com.newretail.operations;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Segments: rules over members evaluated by the database (groups, tags, tiers, subtrees, spend,
 * orders, recency, categories, consent), previewed with a count and a sample, saved with a version,
 * and snapshotted so later changes to members or the rule leave a snapshot as it was.
 */
@QuarkusTest
class SegmentsTests {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    Pool pool;

    private long member(long company, long store, String name, String level, String spend, int orders, Integer daysSinceBought, boolean consent) {
        String mobile = "136" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        return pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by, level, lifetime_spend, order_count, "
                + "first_purchase_at, last_purchase_at, sms_consent, sms_consent_at) VALUES ($1, $2, $3, $4, 'seed', $5, $6::numeric, $7, "
                + "now() - make_interval(days => $8), now() - make_interval(days => $8), $9, CASE WHEN $9 THEN now() END) RETURNING id")
                .execute(Tuple.from(java.util.Arrays.asList(company, mobile, name, store, level, new java.math.BigDecimal(spend), orders, daysSinceBought, consent)))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private JsonPath preview(Map<String, Object> rule) {
        return client.run("operations/segmentPreview", vars("rule", rule, "size", 10));
    }

    private static JsonPath read(JsonPath result) {
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        return result;
    }

    private static Map<String, Object> all(Object... parts) {
        return Map.of("all", List.of(parts));
    }

    private static String customer(long id) {
        return GlobalId.encode("Customer", id);
    }

    @Test
    @TestSecurity(user = "seg-operator", roles = "marketing-operator")
    void rulesAreEvaluatedInTheDatabaseSavedAndSnapshotted() {
        orgs.bind("seg-operator", orgs.headquarters(), "HQ_MARKETING");
        long company = orgs.company("Segment Co");
        long storeA = orgs.store(company, "Segment Store A");
        long storeB = orgs.store(company, "Segment Store B");
        long vip = member(company, storeA, "Vip Buyer", "GOLD", "500.00", 5, 10, true);
        long lapsed = member(company, storeA, "Lapsed Buyer", "REGULAR", "50.00", 1, 200, true);
        long never = member(company, storeB, "Never Bought", "REGULAR", "0.00", 0, null, false);
        long duplicate = member(company, storeA, "Vip Buyer Twice", "GOLD", "0.00", 0, null, true);
        pool.preparedQuery("UPDATE customer SET merged_into_id = $1, merged_at = now() WHERE id = $2").execute(Tuple.of(vip, duplicate))
                .await().indefinitely();
        pool.preparedQuery("INSERT INTO customer_tag (customer_id, name, kind, created_by) VALUES ($1, 'VIP', 'MANUAL', 'seed'), ($2, 'VIP', 'MANUAL', 'seed')")
                .execute(Tuple.of(vip, duplicate)).await().indefinitely();
        long category = pool.preparedQuery("INSERT INTO category (code, name) VALUES ($1, 'Segment Tea') RETURNING id")
                .execute(Tuple.of(OrgFixtures.uniqueCode("SCAT"))).await().indefinitely().iterator().next().getLong(0);
        pool.preparedQuery("INSERT INTO customer_category (customer_id, category_id, spend, currency, units, last_bought_at) "
                + "VALUES ($1, $2, 120.00, 'CNY', 3, now())").execute(Tuple.of(vip, category)).await().indefinitely();
        Map<String, Object> inCompany = Map.of("homeStoreUnderId", gid(company));

        JsonPath vips = read(preview(all(inCompany, Map.of("tag", "VIP"), Map.of("boughtWithinDays", 90))));
        assertEquals(1, vips.getInt("data.segmentPreview.count"), "the merged duplicate is left out");
        assertThat(vips.getList("data.segmentPreview.sample.id"), contains(customer(vip)));
        assertEquals("home store under " + gid(company) + " AND tag \"VIP\" AND bought in the last 90 days",
                vips.getString("data.segmentPreview.ruleText"));
        JsonPath goldOrQuiet = read(preview(all(inCompany, Map.of("any", List.of(Map.of("levels", List.of("GOLD")),
                Map.of("notBoughtWithinDays", 180))))));
        assertThat(goldOrQuiet.getList("data.segmentPreview.sample.id"), containsInAnyOrder(customer(vip), customer(lapsed), customer(never)));
        assertEquals(1, read(preview(all(inCompany, Map.of("spendMin", "100"), Map.of("orderCountMin", 2))))
                .getInt("data.segmentPreview.count"));
        assertEquals(1, read(preview(all(inCompany, Map.of("boughtCategoryId", GlobalId.encode("Category", category)))))
                .getInt("data.segmentPreview.count"));
        assertThat(read(preview(all(Map.of("homeStoreUnderId", gid(storeB)), Map.of("smsConsent", false))))
                .getList("data.segmentPreview.sample.id"), contains(customer(never)));

        // A bad rule names the node at fault and saves nothing.
        JsonPath twoFields = client.run("operations/segmentCreate", vars("input", fields("name", "Bad", "rule",
                all(inCompany, Map.of("tag", "VIP", "smsConsent", true)))));
        assertThat(twoFields.getList("data.segmentCreate.userErrors.code"), contains("INVALID_RULE"));
        assertThat(twoFields.getList("data.segmentCreate.userErrors[0].field"), contains("input", "rule", "all", "1"));
        Map<String, Object> deep = Map.of("tag", "x");
        for (int i = 0; i < 6; i++) {
            deep = all(deep);
        }
        assertThat(client.run("operations/segmentCreate", vars("input", fields("name", "Deep", "rule", deep)))
                .getList("data.segmentCreate.userErrors.code"), contains("INVALID_RULE"));
        assertThat(client.run("operations/segmentCreate", vars("input", fields("name", "Nowhere", "rule",
                Map.of("homeStoreUnderId", GlobalId.encode("OrgUnit", 999_999_999L))))).getList("data.segmentCreate.userErrors.code"),
                contains("NOT_FOUND"));
        assertThat(preview(Map.of()).getString("errors[0].message"), containsString("one field"));

        String name = "Segment Co VIPs " + OrgFixtures.uniqueCode("N");
        JsonPath created = ok(client.run("operations/segmentCreate", vars("input", fields("name", name, "description", "Recent VIP buyers",
                "rule", all(inCompany, Map.of("tag", "VIP"))))), "segmentCreate");
        String segment = created.getString("data.segmentCreate.segment.id");
        assertEquals(0, created.getInt("data.segmentCreate.segment.version"));
        assertThat(client.run("operations/segmentCreate", vars("input", fields("name", name.toUpperCase(), "rule", Map.of("tag", "VIP"))))
                .getList("data.segmentCreate.userErrors.code"), contains("NAME_TAKEN"));
        assertThat(client.run("operations/segmentUpdate", vars("id", segment, "version", 3, "input", fields("name", name, "rule",
                Map.of("tag", "VIP")))).getList("data.segmentUpdate.userErrors.code"), contains("STALE_VERSION"));
        // The saved rule reads back as it was sent, and previews by its ID.
        assertEquals(1, read(client.run("operations/segmentPreview", vars("segmentId", segment, "size", 0)))
                .getInt("data.segmentPreview.count"));

        JsonPath taken = ok(client.run("operations/segmentSnapshotTake", vars("segmentId", segment)), "segmentSnapshotTake");
        assertEquals(1, taken.getInt("data.segmentSnapshotTake.snapshot.memberCount"));
        String snapshot = taken.getString("data.segmentSnapshotTake.snapshot.id");
        // The lapsed buyer becomes a VIP and the rule widens: the snapshot keeps who was targeted.
        pool.preparedQuery("INSERT INTO customer_tag (customer_id, name, kind, created_by) VALUES ($1, 'VIP', 'MANUAL', 'seed')")
                .execute(Tuple.of(lapsed)).await().indefinitely();
        ok(client.run("operations/segmentUpdate", vars("id", segment, "version", 0, "input", fields("name", name, "rule",
                all(inCompany, Map.of("any", List.of(Map.of("tag", "VIP"), Map.of("smsConsent", false))))))), "segmentUpdate");
        assertEquals(3, read(client.run("operations/segmentPreview", vars("segmentId", segment, "size", 0)))
                .getInt("data.segmentPreview.count"));
        assertEquals(1, client.runText("query($id: ID!) { segmentSnapshot(id: $id) { memberCount } }", vars("id", snapshot))
                .getInt("data.segmentSnapshot.memberCount"));
        assertEquals(1L, pool.preparedQuery("SELECT count(*) FROM segment_snapshot_member WHERE snapshot_id = $1")
                .execute(Tuple.of(GlobalId.decode(snapshot, "SegmentSnapshot"))).await().indefinitely().iterator().next().getLong(0));

        ok(client.runText("mutation($id: ID!) { segmentArchive(id: $id, expectedVersion: 1) { userErrors { code } } }", vars("id", segment)),
                "segmentArchive");
        assertThat(client.run("operations/segmentSnapshotTake", vars("segmentId", segment)).getList("data.segmentSnapshotTake.userErrors.code"),
                contains("ARCHIVED"));
        assertThat(client.runText("query($s: String) { segments(search: $s) { edges { node { id } } } }", vars("s", name))
                .getList("data.segments.edges"), org.hamcrest.Matchers.empty());
        assertThat(client.runText("query($s: String) { segments(search: $s, includeArchived: true) { edges { node { id archivedAt } } } }",
                vars("s", name)).getList("data.segments.edges.node.id"), contains(segment));
        assertThat(client.runText("query($id: ID!) { segment(id: $id) { archivedAt } }", vars("id", segment)).getString("data.segment.archivedAt"),
                org.hamcrest.Matchers.notNullValue());
        assertThat(client.runText("query($id: ID!) { segment(id: $id) { id } }", vars("id", GlobalId.encode("Segment", 999_999_999L)))
                .getString("data.segment"), nullValue());
    }
}
