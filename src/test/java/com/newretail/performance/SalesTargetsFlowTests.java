package com.newretail.performance;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.OrgFixtures.gid;
import static com.newretail.support.RetailCalls.fields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Core flow 5 of the product brief, one level per step: headquarters sets a company's month target;
 * the company splits it to its dealers by last year's share, a dealer to its stores equally and
 * proposes a change the company approves; a store manager splits the store's target to the staff,
 * asks for next month's suggestions and accepts them; each level sees attainment for its own subtree
 * only. Then flow 1: a clerk's sale raises the clerk's and the store's attainment, its refund lowers
 * them. The channel has about 400 days of credited sales history (seeded as the daily table the sales
 * keep), so last year's shares and the suggestions have real inputs.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesTargetsFlowTests {

    /** The channel of this flow: company C with dealers D1 (stores S1, S2) and D2 (store S3); staff at S1. */
    record World(long company, long dealer1, long dealer2, long store1, long store2, long store3, long clerk, long colleague, long manager) {
    }

    private static World world;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String THIS_MONTH = YearMonth.now(ZONE).toString();
    private static final String NEXT_MONTH = YearMonth.now(ZONE).plusMonths(1).toString();

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    private World world() {
        if (world == null) {
            long company = orgs.company("Targets Co");
            long dealer1 = orgs.dealer(company, "Targets Dealer 1");
            long dealer2 = orgs.dealer(company, "Targets Dealer 2");
            long store1 = orgs.store(dealer1, "Targets Store 1");
            long store2 = orgs.store(dealer1, "Targets Store 2");
            long store3 = orgs.store(dealer2, "Targets Store 3");
            orgs.bind("t-company", company, "REGIONAL_MANAGER");
            orgs.bind("t-dealer", dealer1, "DEALER_OWNER");
            long manager = orgs.bind("t-manager", store1, "STORE_MANAGER");
            long clerk = orgs.bind("t-clerk", store1, "SHOPPING_GUIDE");
            long colleague = orgs.staff(store1, "SHOPPING_GUIDE", "Colleague Qian", null);
            world = new World(company, dealer1, dealer2, store1, store2, store3, clerk, colleague, manager);
            LocalDate today = LocalDate.now(ZONE);
            for (LocalDate day = today.minusDays(400); day.isBefore(today); day = day.plusDays(1)) {
                credit(day, store1, clerk, "1000.00");
                credit(day, store1, colleague, "500.00");
                credit(day, store2, null, "800.00");
                credit(day, store3, null, "600.00");
            }
        }
        return world;
    }

    /** A day's credited sales (weekends sell half as much again). */
    private void credit(LocalDate day, long store, Long staff, String weekdayAmount) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        BigDecimal amount = new BigDecimal(weekdayAmount).multiply(weekend ? new BigDecimal("1.5") : BigDecimal.ONE);
        pool.preparedQuery("INSERT INTO sales_credit_daily (business_date, store_id, staff_id, currency, amount, quantity, orders) "
                + "VALUES ($1, $2, $3, 'CNY', $4, 10, 2)").execute(Tuple.of(day, store, staff, amount)).await().indefinitely();
    }

    private JsonPath set(long unit, Long staff, String period, String amount, Integer version) {
        Map<String, Object> input = fields("orgUnitId", gid(unit), "period", period, "amount", amount);
        if (staff != null) {
            input.put("staffId", GlobalId.encode("Staff", staff));
        }
        if (version != null) {
            input.put("expectedVersion", version);
        }
        return client.run("performance/salesTargetSet", vars("input", input));
    }

    private JsonPath allocate(long unit, String period, String rule, List<Map<String, Object>> shares) {
        Map<String, Object> input = fields("orgUnitId", gid(unit), "period", period, "rule", rule);
        if (shares != null) {
            input.put("shares", shares);
        }
        return client.run("performance/salesTargetAllocate", vars("input", input));
    }

    private List<Map<String, Object>> targets(long unit, String period) {
        return client.run("performance/salesTargets", vars("unit", gid(unit), "period", period, "first", 100)).getList("data.salesTargets.edges.node");
    }

    private Map<String, Object> target(long unit, Long staff, String period) {
        return targets(unit, period).stream().filter(t -> gid(unit).equals(((Map<?, ?>) t.get("orgUnit")).get("id"))
                && (staff == null ? t.get("staff") == null : t.get("staff") != null && GlobalId.encode("Staff", staff).equals(((Map<?, ?>) t.get("staff"))
                        .get("id")))).findFirst().orElse(null);
    }

    private static String amount(Map<String, Object> target) {
        return (String) ((Map<?, ?>) target.get("amount")).get("amount");
    }

    private JsonPath attainment(long unit, Long staff, String period) {
        return client.run("performance/attainment", vars("unit", gid(unit), "staff", staff == null ? null : GlobalId.encode("Staff", staff),
                "period", period));
    }

    private static JsonPath query(JsonPath result) {
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        return result;
    }

    private static List<String> errors(JsonPath result, String mutation) {
        assertThat(result.prettify(), result.getList("errors"), nullValue());
        return result.getList("data." + mutation + ".userErrors.code");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "t-hq", roles = "hq-admin")
    void headquartersSetsTheCompanysMonthAndBadInputChangesNothing() {
        World w = world();
        JsonPath created = ok(set(w.company(), null, THIS_MONTH, "300000.00", null), "salesTargetSet");
        assertEquals("300000.00", created.getString("data.salesTargetSet.targets[0].amount.amount"));
        assertEquals(THIS_MONTH, created.getString("data.salesTargetSet.targets[0].period"));
        assertEquals("SET", created.getString("data.salesTargetSet.targets[0].origin"));

        assertThat(errors(set(w.company(), null, THIS_MONTH, "310000.00", null), "salesTargetSet"), contains("TARGET_EXISTS"));
        assertThat(errors(set(w.company(), null, THIS_MONTH, "310000.00", 7), "salesTargetSet"), contains("STALE_VERSION"));
        assertThat(errors(set(w.company(), null, "2027-13", "1.00", null), "salesTargetSet"), contains("INVALID_PERIOD"));
        assertThat(errors(set(w.company(), null, THIS_MONTH, "-1.00", 0), "salesTargetSet"), contains("INVALID_AMOUNT"));
        assertThat(errors(set(w.company(), null, THIS_MONTH, "1.001", 0), "salesTargetSet"), contains("INVALID_AMOUNT"));
        String quarter = THIS_MONTH.substring(0, 4) + "-Q" + ((YearMonth.parse(THIS_MONTH).getMonthValue() - 1) / 3 + 1);
        assertThat(errors(set(w.company(), null, quarter, "900000.00", null), "salesTargetSet"), contains("OVERLAPPING_PERIOD"));
        Map<String, Object> unchanged = target(w.company(), null, THIS_MONTH);
        assertEquals("300000.00", amount(unchanged));
        assertEquals(0, unchanged.get("version"));
        assertEquals(1, targets(w.company(), quarter).size(), "the refused quarter wrote no month");

        // A year with no sales the year before is spread evenly over its months; the months add up to the year.
        JsonPath year = ok(set(w.dealer2(), null, "2031", "1200000.00", null), "salesTargetSet");
        assertEquals(12, year.getList("data.salesTargetSet.targets").size());
        assertThat(year.getList("data.salesTargetSet.targets.amount.amount", String.class).stream().distinct().toList(), contains("100000.00"));
        assertEquals("1200000.00", query(client.run("performance/attainment", vars("unit", gid(w.dealer2()), "period", "2031")))
                .getString("data.attainment.target.amount"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "t-company", roles = { "org-admin", "analyst" })
    void theCompanySplitsItsTargetToItsDealersByLastYearsShare() {
        World w = world();
        // A manual split that does not add up is refused and writes nothing.
        assertThat(errors(allocate(w.company(), THIS_MONTH, "MANUAL", List.of(fields("orgUnitId", gid(w.dealer1()), "amount", "200000.00"),
                fields("orgUnitId", gid(w.dealer2()), "amount", "90000.00"))), "salesTargetAllocate"), contains("ALLOCATION_MISMATCH"));
        assertThat(errors(allocate(w.company(), THIS_MONTH, "MANUAL", List.of(fields("orgUnitId", gid(w.store1()), "amount", "300000.00"))),
                "salesTargetAllocate"), contains("NOT_A_CHILD"));
        assertThat(errors(allocate(w.company(), THIS_MONTH, "MANUAL", List.of(fields("orgUnitId", gid(w.dealer1()), "amount", "150000.00"),
                fields("orgUnitId", gid(w.dealer1()), "amount", "150000.00"))), "salesTargetAllocate"), contains("DUPLICATE_SHARE"));
        assertEquals(null, target(w.dealer1(), null, THIS_MONTH));
        // Its own figure is the level above's to set.
        assertThat(errors(set(w.company(), null, THIS_MONTH, "1.00", 0), "salesTargetSet"), contains("OWN_LEVEL"));

        // D1's stores sold 2300 a weekday last year, D2's 600: the split follows (cents to the largest remainder).
        JsonPath split = ok(allocate(w.company(), THIS_MONTH, "LAST_YEAR_SHARE", null), "salesTargetAllocate");
        assertThat(split.getList("data.salesTargetAllocate.targets.amount.amount"), containsInAnyOrder("237931.03", "62068.97"));
        assertThat(split.getList("data.salesTargetAllocate.targets.origin", String.class).stream().distinct().toList(), contains("LAST_YEAR_SHARE"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "t-dealer", roles = { "org-admin", "store-manager" })
    void aDealerSplitsToItsStoresAndProposesAChangeItCannotApproveItself() {
        World w = world();
        JsonPath split = ok(allocate(w.dealer1(), THIS_MONTH, "EQUAL", null), "salesTargetAllocate");
        assertThat(split.getList("data.salesTargetAllocate.targets.amount.amount"), contains("118965.52", "118965.51"));

        // Bottom-up: the dealer asks the company for a lower figure; deciding it is the company's.
        String target = (String) target(w.dealer1(), null, THIS_MONTH).get("id");
        JsonPath proposed = ok(client.run("performance/targetAdjustmentPropose", vars("input", Map.of("targetId", target, "amount", "230000.00",
                "reason", "Store 2 is being refitted for a week"))), "targetAdjustmentPropose");
        assertEquals("PROPOSED", proposed.getString("data.targetAdjustmentPropose.adjustment.status"));
        assertEquals("237931.03", proposed.getString("data.targetAdjustmentPropose.adjustment.previousAmount.amount"));
        String adjustment = proposed.getString("data.targetAdjustmentPropose.adjustment.id");
        assertThat(errors(client.run("performance/targetAdjustmentPropose", vars("input", Map.of("targetId", target, "amount", "220000.00",
                "reason", "Again"))), "targetAdjustmentPropose"), contains("ADJUSTMENT_OPEN"));
        assertThat(errors(client.run("performance/targetAdjustmentApprove", vars("id", adjustment, "version", 0)), "targetAdjustmentApprove"),
                contains("NOT_ALLOWED"));
        // A sibling dealer's figures are outside this dealer's scope.
        assertThat(attainment(w.dealer2(), null, THIS_MONTH).getString("data.attainment"), nullValue());
        assertThat(targets(w.dealer2(), THIS_MONTH), empty());
    }

    @Test
    @Order(4)
    @TestSecurity(user = "t-company", roles = { "org-admin", "analyst" })
    void theCompanyApprovesTheDealersProposalAndRanksItsDealers() {
        World w = world();
        List<Map<String, Object>> open = client.run("performance/targetAdjustments", vars("unit", gid(w.company()), "status", "PROPOSED"))
                .getList("data.targetAdjustments.edges.node");
        assertEquals(1, open.size());
        JsonPath approved = ok(client.run("performance/targetAdjustmentApprove", vars("id", open.get(0).get("id"), "version", 0, "note", "OK for "
                + THIS_MONTH)), "targetAdjustmentApprove");
        assertEquals("APPROVED", approved.getString("data.targetAdjustmentApprove.adjustment.status"));
        assertEquals("230000.00", approved.getString("data.targetAdjustmentApprove.adjustment.target.amount.amount"));
        assertEquals("ADJUSTMENT", approved.getString("data.targetAdjustmentApprove.adjustment.target.origin"));
        assertThat(errors(client.run("performance/targetAdjustmentReject", vars("id", open.get(0).get("id"), "version", 1)),
                "targetAdjustmentReject"), contains("ALREADY_DECIDED"));

        JsonPath ranking = query(client.run("performance/unitAttainments", vars("parent", gid(w.company()), "period", THIS_MONTH)));
        List<Map<String, Object>> dealers = ranking.getList("data.unitAttainments.edges.node");
        assertEquals(2, dealers.size());
        assertThat(ranking.getList("data.unitAttainments.edges.node.rank"), contains(1, 2));
        assertThat(ranking.getList("data.unitAttainments.edges.node.peers"), contains(2, 2));
        assertThat(ranking.getList("data.unitAttainments.edges.node.target.amount"), containsInAnyOrder("230000.00", "62068.97"));
        for (Map<String, Object> dealer : dealers) {
            BigDecimal target = new BigDecimal((String) ((Map<?, ?>) dealer.get("target")).get("amount"));
            BigDecimal actual = new BigDecimal((String) ((Map<?, ?>) dealer.get("actual")).get("amount"));
            BigDecimal gap = new BigDecimal((String) ((Map<?, ?>) dealer.get("gap")).get("amount"));
            assertEquals(0, target.subtract(actual).max(BigDecimal.ZERO).compareTo(gap), dealer.toString());
        }
    }

    @Test
    @Order(5)
    @TestSecurity(user = "t-manager", roles = "store-manager")
    void aStoreManagerSplitsToTheStaffTakesSuggestionsAndSeesOnlyTheirStore() {
        World w = world();
        Map<String, Object> storeTarget = target(w.store1(), null, THIS_MONTH);
        assertEquals("118965.52", amount(storeTarget));
        assertThat(errors(set(w.store1(), null, THIS_MONTH, "1.00", 0), "salesTargetSet"), contains("OWN_LEVEL"));
        assertThat(errors(set(w.store2(), null, THIS_MONTH, "1.00", 0), "salesTargetSet"), contains("NOT_FOUND"));
        assertThat(targets(w.store2(), THIS_MONTH), empty());
        assertThat(attainment(w.store2(), null, THIS_MONTH).getString("data.attainment"), nullValue());
        pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by) VALUES ($1, $2, 'Other Store Member', $3, 't')")
                .execute(Tuple.of(w.company(), "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)), w.store2()))
                .await().indefinitely();
        assertThat(client.runText("{ customers(where: { homeStoreId: \"" + gid(w.store2()) + "\" }) { edges { node { id } } } }", Map.of())
                .getList("data.customers.edges"), empty());

        List<Map<String, Object>> shares = List.of(
                fields("staffId", GlobalId.encode("Staff", w.clerk()), "amount", "70000.00", "quantity", 100),
                fields("staffId", GlobalId.encode("Staff", w.colleague()), "amount", "40000.00"),
                fields("staffId", GlobalId.encode("Staff", w.manager()), "amount", "8965.51"));
        assertThat(errors(allocate(w.store1(), THIS_MONTH, "MANUAL", shares), "salesTargetAllocate"), contains("ALLOCATION_MISMATCH"));
        List<Map<String, Object>> fitting = new ArrayList<>(shares);
        fitting.set(2, fields("staffId", GlobalId.encode("Staff", w.manager()), "amount", "8965.52"));
        JsonPath split = ok(allocate(w.store1(), THIS_MONTH, "MANUAL", fitting), "salesTargetAllocate");
        assertThat(split.getList("data.salesTargetAllocate.targets.amount.amount"), containsInAnyOrder("70000.00", "40000.00", "8965.52"));
        // Proposals come from a target's own level: the clerk's target is the clerk's to question.
        assertThat(errors(client.run("performance/targetAdjustmentPropose", vars("input", Map.of("targetId",
                target(w.store1(), w.clerk(), THIS_MONTH).get("id"), "amount", "1.00", "reason", "Not mine"))), "targetAdjustmentPropose"),
                contains("NOT_ALLOWED"));

        // Next month's suggestions: the two clerks from their own history (the same pattern, one selling twice the other),
        // the manager, who never sold, at the floor.
        List<Map<String, Object>> suggested = query(client.run("performance/targetSuggestions", vars("unit", gid(w.store1()), "period", NEXT_MONTH)))
                .getList("data.targetSuggestions");
        assertEquals(3, suggested.size());
        Map<String, Object> clerk = suggestionOf(suggested, w.clerk());
        Map<String, Object> colleague = suggestionOf(suggested, w.colleague());
        Map<String, Object> manager = suggestionOf(suggested, w.manager());
        assertEquals("SEASONAL_TREND", clerk.get("method"));
        assertThat((String) clerk.get("explanation"), containsString("same period last year"));
        BigDecimal clerkAmount = new BigDecimal((String) ((Map<?, ?>) clerk.get("amount")).get("amount"));
        BigDecimal colleagueAmount = new BigDecimal((String) ((Map<?, ?>) colleague.get("amount")).get("amount"));
        assertEquals(0, clerkAmount.compareTo(colleagueAmount.multiply(BigDecimal.valueOf(2))), clerkAmount + " vs " + colleagueAmount);
        assertTrue(clerkAmount.compareTo(new BigDecimal("28000")) > 0 && clerkAmount.compareTo(new BigDecimal("40000")) < 0, clerkAmount.toString());
        assertEquals("NEW_STORE_FLOOR", manager.get("method"));
        assertEquals(0, new BigDecimal((String) ((Map<?, ?>) manager.get("amount")).get("amount"))
                .compareTo(clerkAmount.add(colleagueAmount).divide(BigDecimal.valueOf(4))), "half the median of the two seasonal suggestions");

        JsonPath accepted = ok(client.run("performance/targetSuggestionsAccept", vars("input", Map.of("orgUnitId", gid(w.store1()),
                "period", NEXT_MONTH))), "targetSuggestionsAccept");
        assertThat(accepted.getList("data.targetSuggestionsAccept.targets.origin", String.class).stream().distinct().toList(), contains("SUGGESTION"));
        assertEquals(clerkAmount.toPlainString(), amount(target(w.store1(), w.clerk(), NEXT_MONTH)));
    }

    private static Map<String, Object> suggestionOf(List<Map<String, Object>> suggested, long staff) {
        return suggested.stream().filter(s -> GlobalId.encode("Staff", staff).equals(((Map<?, ?>) s.get("staff")).get("id"))).findFirst().orElseThrow();
    }

    @Test
    @Order(6)
    @TestSecurity(user = "t-clerk", roles = "sales-clerk")
    void aClerksSaleRaisesTheirAndTheStoresAttainmentAndItsRefundLowersThem() {
        World w = world();
        JsonPath before = query(client.run("performance/meSalesMonth", Map.of()));
        assertEquals("70000.00", before.getString("data.me.salesMonth.target.amount"));
        assertEquals(THIS_MONTH, before.getString("data.me.salesMonth.period"));
        BigDecimal clerkBefore = new BigDecimal(before.getString("data.me.salesMonth.actual.amount"));
        BigDecimal storeBefore = new BigDecimal(attainment(w.store1(), null, THIS_MONTH).getString("data.attainment.actual.amount"));
        int unitsBefore = before.getInt("data.me.salesMonth.actualQuantity");

        long warehouse = stock.warehouse(w.store1());
        long tea = stock.sku();
        stock.receive(warehouse, tea, 5);
        // Two teas at 9.90 with 15.00 off: 4.80, credited to the clerk as salesperson.
        JsonPath sold = ok(client.run("retail/salePost", vars("input", fields("storeId", gid(w.store1()), "salespersonId",
                GlobalId.encode("Staff", w.clerk()), "lines", List.of(fields("skuId", GlobalId.encode("Sku", tea), "quantity", 2, "lineDiscount",
                        "15.00", "discountReason", "Display units")), "tenders", List.of(fields("tender", "CASH", "amount", "4.80"))))), "salePost");
        String order = sold.getString("data.salePost.order.id");
        JsonPath after = client.run("performance/meSalesMonth", Map.of());
        assertEquals(0, clerkBefore.add(new BigDecimal("4.80")).compareTo(new BigDecimal(after.getString("data.me.salesMonth.actual.amount"))));
        assertEquals(unitsBefore + 2, after.getInt("data.me.salesMonth.actualQuantity"));
        assertEquals(0, storeBefore.add(new BigDecimal("4.80")).compareTo(new BigDecimal(attainment(w.store1(), null, THIS_MONTH)
                .getString("data.attainment.actual.amount"))));

        // One tea back (2.40, under the approval threshold): refunded at once, taken off both.
        JsonPath requested = ok(client.run("retail/returnRequest", vars("orderId", order, "input", Map.of("reason", "CHANGED_MIND",
                "lines", List.of(Map.of("lineNo", 1, "quantity", 1, "condition", "SELLABLE"))))), "orderReturnRequest");
        String returned = requested.getString("data.orderReturnRequest.orderReturn.id");
        assertEquals("APPROVED", requested.getString("data.orderReturnRequest.orderReturn.status"));
        ok(client.run("retail/returnRefund", vars("id", returned, "version", requested.getInt("data.orderReturnRequest.orderReturn.version"))),
                "orderReturnRefund");
        JsonPath refunded = client.run("performance/meSalesMonth", Map.of());
        assertEquals(0, clerkBefore.add(new BigDecimal("2.40")).compareTo(new BigDecimal(refunded.getString("data.me.salesMonth.actual.amount"))));
        assertEquals(unitsBefore + 1, refunded.getInt("data.me.salesMonth.actualQuantity"));
        assertEquals(0, storeBefore.add(new BigDecimal("2.40")).compareTo(new BigDecimal(attainment(w.store1(), null, THIS_MONTH)
                .getString("data.attainment.actual.amount"))));

        // The clerk sees the store's staff board, and proposes a change to their own target (not set it).
        assertEquals(3, client.run("performance/staffAttainments", vars("store", gid(w.store1()), "period", THIS_MONTH))
                .getList("data.staffAttainments.edges").size());
        String own = (String) target(w.store1(), w.clerk(), THIS_MONTH).get("id");
        ok(client.run("performance/targetAdjustmentPropose", vars("input", Map.of("targetId", own, "amount", "65000.00", "reason",
                "Two weeks of leave"))), "targetAdjustmentPropose");
    }

    @Test
    @Order(7)
    @TestSecurity(user = "t-manager", roles = "store-manager")
    void theStoreManagerDecidesTheClerksProposalAtTheVersionRead() {
        World w = world();
        List<Map<String, Object>> open = client.run("performance/targetAdjustments", vars("unit", gid(w.store1()), "status", "PROPOSED"))
                .getList("data.targetAdjustments.edges.node");
        assertEquals(1, open.size());
        Object id = open.get(0).get("id");
        assertThat(errors(client.run("performance/targetAdjustmentApprove", vars("id", id, "version", 3)), "targetAdjustmentApprove"),
                contains("STALE_VERSION"));
        JsonPath rejected = ok(client.run("performance/targetAdjustmentReject", vars("id", id, "version", 0, "note", "Cover found")),
                "targetAdjustmentReject");
        assertEquals("REJECTED", rejected.getString("data.targetAdjustmentReject.adjustment.status"));
        assertEquals("70000.00", rejected.getString("data.targetAdjustmentReject.adjustment.target.amount.amount"));
        assertEquals("t-manager", rejected.getString("data.targetAdjustmentReject.adjustment.decidedBy"));

        // A period that is none of the three forms is a bad argument, not an empty answer.
        JsonPath invalid = attainment(w.store1(), null, "2027-13");
        assertThat(invalid.getString("errors[0].message"), containsString("period"));
    }
}
