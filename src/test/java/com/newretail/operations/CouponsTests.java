package com.newretail.operations;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static com.newretail.support.RetailCalls.tender;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.RetailFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Coupons and red packets: templates checked at the edge, issued to members, to a segment snapshot or
 * by claim code within the quantity cap, the budget and the per-person limit (also under 100
 * concurrent claims), redeemed once at the till in the sale's transaction, and given back by refunds.
 */
@QuarkusTest
class CouponsTests {

    private static final String OPERATOR = "coupon-hq";

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    RetailFixtures retail;

    @Inject
    Pool pool;

    private long member(long store, String name) {
        String mobile = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        return pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by) SELECT a.id, $1, $2, $3, 'seed' "
                + "FROM org_unit a, org_unit s WHERE s.id = $3 AND s.path LIKE a.path || '%' AND a.type = 'SALES_COMPANY' RETURNING id")
                .execute(Tuple.of(mobile, name, store)).await().indefinitely().iterator().next().getLong(0);
    }

    private static String customer(long id) {
        return GlobalId.encode("Customer", id);
    }

    private static Map<String, Object> template(String name, String kind, String value, long owner, Object... more) {
        Map<String, Object> input = new HashMap<>(fields("name", name, "kind", kind, "value", value, "ownerUnitId", gid(owner),
                "validFrom", "2026-01-01T00:00:00Z", "validTo", "2099-01-01T00:00:00Z"));
        input.putAll(fields(more));
        return input;
    }

    private JsonPath create(Map<String, Object> input) {
        return client.run("operations/couponTemplateCreate", vars("input", input));
    }

    private String created(Map<String, Object> input) {
        return ok(create(input), "couponTemplateCreate").getString("data.couponTemplateCreate.template.id");
    }

    private JsonPath issue(String template, List<String> customers) {
        return client.run("operations/couponsIssue", vars("input", fields("templateId", template, "customerIds", customers)));
    }

    private JsonPath claim(String code, long customer) {
        return client.run("operations/couponClaim", vars("code", code, "customerId", customer(customer)));
    }

    private List<String> codesOf(String customerId) {
        return client.run("operations/coupons", vars("customerId", customerId, "first", 50)).getList("data.coupons.edges.node.code");
    }

    private Row couponRow(String code) {
        return pool.preparedQuery("SELECT status, balance, (SELECT count(*) FROM coupon_use u WHERE u.coupon_id = mc.id) AS uses "
                + "FROM member_coupon mc WHERE code = $1").execute(Tuple.of(code)).await().indefinitely().iterator().next();
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "marketing-operator")
    void templatesAreCheckedAndCouponsIssuedWithinTheCaps() {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long company = orgs.company("Coupon Caps Co");
        long store = orgs.store(company, "Coupon Caps Store");
        long otherStore = orgs.store(orgs.company("Coupon Other Co"), "Coupon Other Store");

        // Bad input names the field and creates nothing.
        assertThat(create(template("Half off", "PERCENT_OFF", "100", company, "maxDiscount", "20")).getList("data.couponTemplateCreate.userErrors.field"),
                hasItem(List.of("input", "value")));
        assertThat(create(template("No cap", "PERCENT_OFF", "10", company)).getList("data.couponTemplateCreate.userErrors.field"),
                hasItem(List.of("input", "maxDiscount")));
        assertThat(create(template("Upside down", "THRESHOLD", "50", company, "minSpend", "30")).getList("data.couponTemplateCreate.userErrors.field"),
                hasItem(List.of("input", "minSpend")));
        assertThat(create(template("Shares", "AMOUNT_OFF", "5", company, "hqShare", "50", "companyShare", "30"))
                .getList("data.couponTemplateCreate.userErrors.field"), hasItem(List.of("input", "hqShare")));
        assertThat(create(template("Past", "AMOUNT_OFF", "5", company, "validTo", "2026-01-02T00:00:00Z"))
                .getList("data.couponTemplateCreate.userErrors.field"), hasItem(List.of("input", "validTo")));
        assertThat(create(template("Elsewhere", "AMOUNT_OFF", "5", company, "storeUnitIds", List.of(gid(otherStore))))
                .getList("data.couponTemplateCreate.userErrors.code"), contains("NOT_FOUND"));
        long templatesBefore = pool.query("SELECT count(*) FROM coupon_template").execute().await().indefinitely().iterator().next().getLong(0);

        // ¥10 off, at most 3 coupons and ¥40 of face value, one per member.
        JsonPath made = ok(create(template("Ten off", "AMOUNT_OFF", "10", company, "quantityCap", 3, "budget", "40", "companyShare", "40",
                "hqShare", "60", "claimCode", "caps-" + company)), "couponTemplateCreate");
        String tenOff = made.getString("data.couponTemplateCreate.template.id");
        assertEquals(templatesBefore + 1, pool.query("SELECT count(*) FROM coupon_template").execute().await().indefinitely().iterator().next().getLong(0));
        assertEquals(false, made.getBoolean("data.couponTemplateCreate.template.stackable"));
        assertEquals("RESTORE", made.getString("data.couponTemplateCreate.template.onReturn"));
        assertEquals(1, made.getInt("data.couponTemplateCreate.template.perPersonLimit"));
        assertThat(create(template("Same code", "AMOUNT_OFF", "5", company, "claimCode", "CAPS-" + company))
                .getList("data.couponTemplateCreate.userErrors.code"), contains("CLAIM_CODE_TAKEN"));

        long ann = member(store, "Ann");
        long bob = member(store, "Bob");
        long cai = member(store, "Cai");
        long dan = member(store, "Dan");
        JsonPath first = ok(issue(tenOff, List.of(customer(ann), customer(bob))), "couponsIssue");
        assertEquals(2, first.getInt("data.couponsIssue.issuedCount"));
        assertEquals("20.00", first.getString("data.couponsIssue.template.issuedValue.amount"));
        assertThat(issue(tenOff, List.of(customer(ann))).getList("data.couponsIssue.userErrors.code"), contains("PER_PERSON_LIMIT"));
        JsonPath skipped = ok(issue(tenOff, List.of(customer(ann), customer(cai))), "couponsIssue");
        assertEquals(1, skipped.getInt("data.couponsIssue.issuedCount"));
        assertEquals(1, skipped.getInt("data.couponsIssue.skippedCount"));
        JsonPath full = issue(tenOff, List.of(customer(dan)));
        assertThat(full.getList("data.couponsIssue.userErrors.code"), contains("QUANTITY_EXCEEDED"));
        assertThat(claim("caps-" + company, dan).getList("data.couponClaim.userErrors.code"), contains("QUANTITY_EXCEEDED"));
        assertEquals(1, codesOf(customer(ann)).size());
        assertEquals(List.of(), codesOf(customer(dan)));

        // A budget of ¥25 covers two ¥10 coupons, not three: all or nothing.
        String budgeted = created(template("Budgeted", "AMOUNT_OFF", "10", company, "budget", "25"));
        JsonPath over = issue(budgeted, List.of(customer(ann), customer(bob), customer(cai)));
        assertThat(over.getList("data.couponsIssue.userErrors.code"), contains("BUDGET_EXCEEDED"));
        assertThat(over.getString("data.couponsIssue.userErrors[0].message"), containsString("25.00 left"));
        assertEquals(0, pool.preparedQuery("SELECT count(*) FROM member_coupon WHERE template_id = $1")
                .execute(Tuple.of(GlobalId.decode(budgeted, "CouponTemplate"))).await().indefinitely().iterator().next().getLong(0));

        // To a segment snapshot: every member once, those at the limit skipped.
        long segment = pool.preparedQuery("INSERT INTO segment (name, rule, rule_text, created_by) VALUES ($1, '{\"tag\":\"x\"}', 'tag \"x\"', 'seed') "
                + "RETURNING id").execute(Tuple.of(OrgFixtures.uniqueCode("Coupon segment"))).await().indefinitely().iterator().next().getLong(0);
        long snapshot = pool.preparedQuery("INSERT INTO segment_snapshot (segment_id, rule_text, member_count, taken_by) VALUES ($1, 'tag \"x\"', 3, "
                + "'seed') RETURNING id").execute(Tuple.of(segment)).await().indefinitely().iterator().next().getLong(0);
        pool.preparedQuery("INSERT INTO segment_snapshot_member (snapshot_id, customer_id) VALUES ($1, $2), ($1, $3), ($1, $4)")
                .execute(Tuple.of(snapshot, ann, bob, dan)).await().indefinitely();
        String packet = created(template("Red packet", "RED_PACKET", "8", company, "perPersonLimit", 1));
        ok(issue(packet, List.of(customer(bob))), "couponsIssue");
        JsonPath toSnapshot = ok(client.run("operations/couponsIssue", vars("input", fields("templateId", packet, "snapshotId",
                GlobalId.encode("SegmentSnapshot", snapshot)), "key", "snapshot-issue-" + snapshot)), "couponsIssue");
        assertEquals(2, toSnapshot.getInt("data.couponsIssue.issuedCount"));
        assertEquals(1, toSnapshot.getInt("data.couponsIssue.skippedCount"));
        assertEquals(3, toSnapshot.getInt("data.couponsIssue.template.issuedCount"));
        JsonPath replay = ok(client.run("operations/couponsIssue", vars("input", fields("templateId", packet, "snapshotId",
                GlobalId.encode("SegmentSnapshot", snapshot)), "key", "snapshot-issue-" + snapshot)), "couponsIssue");
        assertEquals(2, replay.getInt("data.couponsIssue.issuedCount"), "a replayed key answers the first result and issues nothing");
        assertEquals(3, replay.getInt("data.couponsIssue.template.issuedCount"));
        JsonPath wallet = client.run("operations/coupons", vars("customerId", customer(dan), "first", 5));
        assertEquals("SNAPSHOT", wallet.getString("data.coupons.edges[0].node.source"));
        assertEquals(GlobalId.encode("SegmentSnapshot", snapshot), wallet.getString("data.coupons.edges[0].node.snapshot.id"));
        assertEquals("8.00", wallet.getString("data.coupons.edges[0].node.balance.amount"));

        // Archived: no more issuing; what was issued stays.
        JsonPath archived = ok(client.run("operations/couponTemplateArchive", vars("id", packet, "version", 0)), "couponTemplateArchive");
        assertEquals("ARCHIVED", archived.getString("data.couponTemplateArchive.template.status"));
        assertThat(issue(packet, List.of(customer(cai))).getList("data.couponsIssue.userErrors.code"), contains("NOT_ISSUING"));
        assertEquals("AVAILABLE", client.run("operations/coupons", vars("customerId", customer(dan), "first", 5))
                .getString("data.coupons.edges[0].node.status"));
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "marketing-operator")
    void aHundredConcurrentClaimsNeverPassTheQuantityCapTheBudgetOrThePerPersonLimit() throws Exception {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long company = orgs.company("Coupon Rush Co");
        long store = orgs.store(company, "Coupon Rush Store");
        created(template("Rush by quantity", "AMOUNT_OFF", "5", company, "quantityCap", 20, "perPersonLimit", 2, "claimCode", "rush-q-" + company));
        created(template("Rush by budget", "RED_PACKET", "10", company, "budget", "150", "perPersonLimit", 2, "claimCode", "rush-b-" + company));
        created(template("Rush per person", "AMOUNT_OFF", "1", company, "perPersonLimit", 2, "claimCode", "rush-p-" + company));
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            members.add(member(store, "Rusher " + i));
        }
        // 30 claims of the capped template and 30 of the budgeted one (15 members, twice each), 40 of the third (10 members, 4 times each).
        List<Object[]> wanted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wanted.add(new Object[] {"rush-q-" + company, members.get(i % 15)});
            wanted.add(new Object[] {"rush-b-" + company, members.get(i % 15)});
        }
        for (int i = 0; i < 40; i++) {
            wanted.add(new Object[] {"rush-p-" + company, members.get(i % 10)});
        }
        java.util.Collections.shuffle(wanted, new java.util.Random(7));
        ExecutorService pool16 = Executors.newFixedThreadPool(16);
        List<Future<JsonPath>> claims = new ArrayList<>();
        for (Object[] one : wanted) {
            claims.add(pool16.submit(() -> claim((String) one[0], (Long) one[1])));
        }
        int issued = 0;
        for (Future<JsonPath> claim : claims) {
            JsonPath result = claim.get();
            assertEquals(null, (Object) result.get("errors"), result.prettify());
            List<String> codes = result.getList("data.couponClaim.userErrors.code");
            if (codes.isEmpty()) {
                issued++;
            } else {
                assertThat(List.of("QUANTITY_EXCEEDED", "BUDGET_EXCEEDED", "PER_PERSON_LIMIT"), hasItem(codes.get(0)));
            }
        }
        pool16.shutdown();
        Row counts = pool.preparedQuery("SELECT "
                + "(SELECT count(*) FROM member_coupon m JOIN coupon_template t ON t.id = m.template_id WHERE t.claim_code = $1), "
                + "(SELECT count(*) FROM member_coupon m JOIN coupon_template t ON t.id = m.template_id WHERE t.claim_code = $2), "
                + "(SELECT count(*) FROM member_coupon m JOIN coupon_template t ON t.id = m.template_id WHERE t.claim_code = $3), "
                + "(SELECT max(n) FROM (SELECT count(*) n FROM member_coupon m JOIN coupon_template t ON t.id = m.template_id "
                + "  WHERE t.claim_code IN ($1, $2, $3) GROUP BY m.template_id, m.customer_id) x), "
                + "(SELECT min(n) FROM (SELECT count(*) n FROM member_coupon m JOIN coupon_template t ON t.id = m.template_id "
                + "  WHERE t.claim_code = $3 GROUP BY m.customer_id) x), "
                + "(SELECT issued_count FROM coupon_template WHERE claim_code = $1), (SELECT issued_value FROM coupon_template WHERE claim_code = $2)")
                .execute(Tuple.of("rush-q-" + company, "rush-b-" + company, "rush-p-" + company)).await().indefinitely().iterator().next();
        assertEquals(20, counts.getLong(0), "the quantity cap of 20 is reached, never passed");
        assertEquals(15, counts.getLong(1), "a budget of 150 holds fifteen ¥10 red packets");
        assertEquals(20, counts.getLong(2), "ten members get two each");
        assertEquals(2, counts.getLong(3), "nobody holds more than two of one template");
        assertEquals(2, counts.getLong(4));
        assertEquals(20, counts.getInteger(5));
        assertEquals(0, new java.math.BigDecimal("150.00").compareTo(counts.getBigDecimal(6)));
        assertEquals(55, issued);
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = { "marketing-operator", "store-manager", "sales-clerk" })
    void aMemberRedeemsACouponAndARedPacketOnceAtTheTillAndARefundGivesThemBack() throws Exception {
        RetailFixtures.Basket basket = retail.memberBasket("Coupon Till", "coupon-till-guide", "Mei");
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long company = basket.shop().company();
        long store = basket.shop().store();
        String member = basket.member();
        String otherStore = gid(orgs.store(company, "Coupon Till Other Store"));
        String fiveOffTwenty = created(template("5 off 20", "THRESHOLD", "5", company, "minSpend", "20", "stackable", true));
        String packet = created(template("Red packet 8", "RED_PACKET", "8", company));
        String elsewhere = created(template("Other store only", "AMOUNT_OFF", "3", company, "storeUnitIds", List.of(otherStore)));
        String teaOnly = created(template("Tea only", "PERCENT_OFF", "50", company, "maxDiscount", "100", "skuIds",
                List.of(GlobalId.encode("Sku", basket.tea())), "stackable", true));
        for (String template : List.of(fiveOffTwenty, packet, elsewhere, teaOnly)) {
            ok(issue(template, List.of(member)), "couponsIssue");
        }
        Map<String, String> codes = new HashMap<>();
        for (Map<String, Object> edge : client.run("operations/coupons", vars("customerId", member, "first", 10))
                .<Map<String, Object>>getList("data.coupons.edges")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            @SuppressWarnings("unchecked")
            Map<String, Object> template = (Map<String, Object>) node.get("template");
            codes.put((String) template.get("name"), (String) node.get("code"));
        }
        String threshold = codes.get("5 off 20");
        String redPacket = codes.get("Red packet 8");

        // Quoted live on the cart: the wrong store and an expired coupon are refused with a reason; nothing is used.
        pool.preparedQuery("UPDATE member_coupon SET valid_to = now() - interval '1 minute' WHERE code = $1").execute(Tuple.of(codes.get("Tea only")))
                .await().indefinitely();
        JsonPath refused = client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", member, "couponCodes",
                List.of(codes.get("Other store only"), codes.get("Tea only")), "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()),
                        "quantity", 1)))));
        assertThat(refused.getList("data.cartCreate.cart.coupons.refusal"), contains(containsString("not valid at this store"),
                containsString("has expired")));
        pool.preparedQuery("UPDATE member_coupon SET valid_to = now() + interval '1 day' WHERE code = $1").execute(Tuple.of(codes.get("Tea only")))
                .await().indefinitely();
        JsonPath teaHalf = client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", member, "couponCodes",
                List.of(codes.get("Tea only")), "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 1),
                        fields("skuId", GlobalId.encode("Sku", basket.cup()), "quantity", 1)))));
        assertEquals("4.95", teaHalf.getString("data.cartCreate.cart.couponDiscount.amount"), "half off the tea only, not the cup");
        JsonPath stranger = client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "couponCodes", List.of(threshold),
                "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 1)))));
        assertThat(stranger.getList("data.cartCreate.cart.coupons.refusal"), contains(containsString("belongs to a member")));

        // 2 × 9.90 + 9.90 = 29.70; 5 off (over 20), then the red packet's 8: due 16.70.
        String cart = ok(client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", member, "couponCodes",
                List.of(redPacket, threshold), "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 2),
                        fields("skuId", GlobalId.encode("Sku", basket.cup()), "quantity", 1))))), "cartCreate").getString("data.cartCreate.cart.id");
        // The same coupons on a second cart, checked out at the same moment: only one sale gets them.
        String rival = ok(client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", member, "couponCodes",
                List.of(threshold), "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.cup()), "quantity", 3))))), "cartCreate")
                .getString("data.cartCreate.cart.id");
        ExecutorService two = Executors.newFixedThreadPool(2);
        Future<JsonPath> sale = two.submit(() -> client.run("retail/cartCheckout", vars("id", cart, "tenders", List.of(tender("CASH", "16.70", null)))));
        Future<JsonPath> rivalSale = two.submit(() -> client.run("retail/cartCheckout", vars("id", rival, "tenders",
                List.of(tender("CASH", "24.70", null)))));
        JsonPath sold = sale.get();
        JsonPath rivalSold = rivalSale.get();
        two.shutdown();
        boolean saleWon = sold.getList("data.cartCheckout.userErrors").isEmpty();
        boolean rivalWon = rivalSold.getList("data.cartCheckout.userErrors").isEmpty();
        assertTrue(saleWon ^ rivalWon, "exactly one sale redeems the coupon: " + sold.prettify() + rivalSold.prettify());
        assertThat((saleWon ? rivalSold : sold).getList("data.cartCheckout.userErrors.code"), contains("COUPON_INVALID"));
        assertEquals(1, couponRow(threshold).getLong("uses"));
        if (rivalWon) {
            // Start over with a fresh threshold coupon so the rest of the story holds.
            ok(issue(created(template("5 off 20 again", "THRESHOLD", "5", company, "minSpend", "20", "stackable", true)), List.of(member)),
                    "couponsIssue");
            threshold = client.run("operations/coupons", vars("customerId", member, "status", "AVAILABLE", "first", 10))
                    .<String>getList("data.coupons.edges.node.code").stream().filter(c -> !codes.containsValue(c)).findFirst().orElseThrow();
            String again = ok(client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", member, "couponCodes",
                    List.of(redPacket, threshold), "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.tea()), "quantity", 2),
                            fields("skuId", GlobalId.encode("Sku", basket.cup()), "quantity", 1))))), "cartCreate").getString("data.cartCreate.cart.id");
            sold = client.run("retail/cartCheckout", vars("id", again, "tenders", List.of(tender("CASH", "16.70", null))));
        }
        ok(sold, "cartCheckout");
        assertEquals("13.00", sold.getString("data.cartCheckout.order.couponDiscount.amount"));
        assertEquals("16.70", sold.getString("data.cartCheckout.order.total.amount"));
        String order = sold.getString("data.cartCheckout.order.id");
        assertEquals("USED", couponRow(threshold).getString("status"));
        assertEquals("USED", couponRow(redPacket).getString("status"));
        assertEquals(0, couponRow(redPacket).getBigDecimal("balance").signum());

        // A second sale with the same codes is refused and changes nothing.
        JsonPath twice = client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", member, "couponCodes",
                List.of(redPacket), "lines", List.of(fields("skuId", GlobalId.encode("Sku", basket.cup()), "quantity", 1)))));
        assertThat(twice.getList("data.cartCreate.cart.coupons.refusal"), contains(containsString("already used")));
        assertThat(client.run("retail/cartCheckout", vars("id", twice.getString("data.cartCreate.cart.id"), "tenders",
                List.of(tender("CASH", "9.90", null)))).getList("data.cartCheckout.userErrors.code"), contains("COUPON_INVALID"));
        assertEquals(1, couponRow(redPacket).getLong("uses"));

        // The wallet shows the use; the template counts it.
        JsonPath wallet = client.run("operations/coupons", vars("code", redPacket, "first", 1));
        assertEquals(order, wallet.getString("data.coupons.edges[0].node.uses[0].order.id"));
        assertEquals(gid(store), wallet.getString("data.coupons.edges[0].node.uses[0].store.id"));

        // Refund one of the two teas: the red packet gets back its share of that line's coupon share; the coupon stays used.
        String partial = returnAndRefund(order, List.of(Map.of("lineNo", 1, "quantity", 1, "condition", "SELLABLE")));
        assertEquals("REFUNDED", partial);
        java.math.BigDecimal afterPartial = couponRow(redPacket).getBigDecimal("balance");
        assertTrue(afterPartial.signum() > 0 && afterPartial.compareTo(new java.math.BigDecimal("8")) < 0, "a share came back: " + afterPartial);
        assertEquals("AVAILABLE", couponRow(redPacket).getString("status"));
        assertEquals("USED", couponRow(threshold).getString("status"));
        // The rest of the order comes back: both are whole again.
        returnAndRefund(order, List.of(Map.of("lineNo", 1, "quantity", 1, "condition", "SELLABLE"), Map.of("lineNo", 2, "quantity", 1,
                "condition", "SELLABLE")));
        assertEquals(0, new java.math.BigDecimal("8.00").compareTo(couponRow(redPacket).getBigDecimal("balance")));
        assertEquals("AVAILABLE", couponRow(threshold).getString("status"));
        assertEquals(0, new java.math.BigDecimal("5.00").compareTo(couponRow(threshold).getBigDecimal("balance")));
        assertEquals(0, stock.ledgerMismatches());
    }

    /** Requests, approves (as another requester) and refunds a return to the order's tenders; the return's status. */
    private String returnAndRefund(String order, List<Map<String, Object>> lines) {
        String id = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "CHANGED_MIND", "lines", lines))),
                "orderReturnRequest").getString("data.orderReturnRequest.orderReturn.id");
        int version = 0;
        String status = pool.preparedQuery("SELECT status FROM order_return WHERE id = $1").execute(Tuple.of(GlobalId.decode(id, "OrderReturn")))
                .await().indefinitely().iterator().next().getString(0);
        if ("REQUESTED".equals(status)) {
            pool.preparedQuery("UPDATE order_return SET requested_by = 'another-clerk' WHERE id = $1")
                    .execute(Tuple.of(GlobalId.decode(id, "OrderReturn"))).await().indefinitely();
            ok(client.run("retail/returnApprove", vars("id", id, "version", 0)), "orderReturnApprove");
            version = 1;
        }
        return ok(client.run("retail/returnRefund", vars("id", id, "version", version)), "orderReturnRefund")
                .getString("data.orderReturnRefund.orderReturn.status");
    }
}
