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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.operations.domain.sms.SmsDispatcher;
import com.newretail.operations.domain.sms.SmsGateway;
import com.newretail.operations.domain.task.TaskRunner;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Core flow 6: segment → task (red packet + SMS, a control group) → the runner starts it at its time →
 * redemption at the till → the report (funnel, attributed sales, uplift against the control group,
 * cost, ROI) → the ranking; a task whose coupons would pass their budget does not start and leaves
 * nothing behind.
 */
@QuarkusTest
class OperationTasksTests {

    private static final String OPERATOR = "task-hq";
    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    StockFixtures stock;

    @Inject
    Pool pool;

    @Inject
    TaskRunner runner;

    @Inject
    SmsDispatcher dispatcher;

    private long member(long store, String name) {
        String mobile = "133" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        long id = pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by, sms_consent, sms_consent_at) "
                + "SELECT a.id, $1, $2, $3, 'seed', true, now() FROM org_unit a, org_unit s WHERE s.id = $3 AND s.path LIKE a.path || '%' "
                + "AND a.type = 'SALES_COMPANY' RETURNING id").execute(Tuple.of(mobile, name, store)).await().indefinitely().iterator().next()
                .getLong(0);
        pool.preparedQuery("INSERT INTO customer_tag (customer_id, name, kind, created_by) VALUES ($1, 'Spring wave', 'MANUAL', 'seed')")
                .execute(Tuple.of(id)).await().indefinitely();
        return id;
    }

    private String created(String document, Map<String, Object> input, String field, String path) {
        return ok(client.run(document, vars("input", input)), field).getString(path);
    }

    private int runDue() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> runner.runDue());
    }

    private String task(String segment, String couponTemplate, String smsTemplate, int controlPercent) {
        Map<String, Object> input = fields("name", OrgFixtures.uniqueCode("Spring task"), "goal", "Bring lapsed tea buyers back", "segmentId", segment,
                "couponTemplateId", couponTemplate, "controlPercent", controlPercent, "startAt", OffsetDateTime.now().toString(),
                "attributionDays", 7, "budget", "200");
        if (smsTemplate != null) {
            input.put("smsTemplateId", smsTemplate);
        }
        return created("operations/operationTaskCreate", input, "operationTaskCreate", "data.operationTaskCreate.task.id");
    }

    private String sell(long store, long customer, long sku, int quantity, List<String> coupons, String paid) {
        String cart = ok(client.run("retail/cartCreate", vars("input", fields("storeId", gid(store), "customerId", GlobalId.encode("Customer", customer),
                "couponCodes", coupons, "lines", List.of(fields("skuId", GlobalId.encode("Sku", sku), "quantity", quantity))))), "cartCreate")
                .getString("data.cartCreate.cart.id");
        return ok(client.run("retail/cartCheckout", vars("id", cart, "tenders", List.of(tender("CASH", paid, null)))), "cartCheckout")
                .getString("data.cartCheckout.order.id");
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = { "marketing-operator", "store-manager", "sales-clerk" })
    void aTaskRunsAtItsTimeAndItsReportShowsTheFunnelTheUpliftAndTheRoi() throws Throwable {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long company = orgs.company("Task Co");
        long store = orgs.store(company, "Task Store");
        long warehouse = stock.warehouse(store);
        long tea = stock.sku();
        stock.receive(warehouse, tea, 20);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            members.add(member(store, "Spring " + i));
        }
        String segment = ok(client.run("operations/segmentCreate", vars("input", fields("name", OrgFixtures.uniqueCode("Spring wave"), "rule",
                fields("all", List.of(fields("homeStoreUnderId", gid(store)), fields("tag", "Spring wave")))))), "segmentCreate")
                .getString("data.segmentCreate.segment.id");
        String packet = created("operations/couponTemplateCreate", fields("name", "Spring red packet", "kind", "RED_PACKET", "value", "5",
                "ownerUnitId", gid(company), "validFrom", "2026-01-01T00:00:00Z", "validTo", "2099-01-01T00:00:00Z", "budget", "1000", "hqShare", "70",
                "companyShare", "30"),
                "couponTemplateCreate", "data.couponTemplateCreate.template.id");
        String text = created("operations/smsTemplateCreate", fields("name", "Spring", "signature", "New Retail", "body",
                "Hi {name}, a red packet waits at {store}"), "smsTemplateCreate", "data.smsTemplateCreate.template.id");

        // Bad plans are refused with the field at fault.
        Map<String, Object> noTool = fields("name", "No tool", "goal", "x", "segmentId", segment, "startAt", OffsetDateTime.now().toString());
        assertThat(client.run("operations/operationTaskCreate", vars("input", noTool)).getList("data.operationTaskCreate.userErrors.field"),
                contains(List.of("input", "couponTemplateId")));
        Map<String, Object> past = fields("name", "Past", "goal", "x", "segmentId", segment, "couponTemplateId", packet, "startAt",
                OffsetDateTime.now().minusDays(1).toString());
        assertThat(client.run("operations/operationTaskCreate", vars("input", past)).getList("data.operationTaskCreate.userErrors.field"),
                contains(List.of("input", "startAt")));

        String task = task(segment, packet, text, 50);
        assertEquals(0, runDue(), "a draft does not start");
        ok(client.run("operations/operationTaskSchedule", vars("id", task, "version", 0)), "operationTaskSchedule");
        assertTrue(runDue() >= 1);
        JsonPath running = client.run("operations/operationTask", vars("id", task));
        assertEquals("RUNNING", running.getString("data.operationTask.status"));
        assertEquals(20, running.getInt("data.operationTask.snapshot.memberCount"));
        assertEquals(0, runDue(), "a started task does not start again");

        long taskId = GlobalId.decode(task, "OperationTask");
        List<Long> control = new ArrayList<>();
        List<Long> targeted = new ArrayList<>();
        pool.preparedQuery("SELECT customer_id, control FROM operation_task_member WHERE task_id = $1 ORDER BY customer_id").execute(Tuple.of(taskId))
                .await().indefinitely().forEach(row -> (row.getBoolean("control") ? control : targeted).add(row.getLong("customer_id")));
        assertEquals(20, control.size() + targeted.size());
        assertTrue(!control.isEmpty() && !targeted.isEmpty(), "half held back: " + control.size());
        Row issued = pool.preparedQuery("SELECT count(*), count(*) FILTER (WHERE customer_id = ANY($2)) FROM member_coupon WHERE task_id = $1")
                .execute(Tuple.of(taskId, control.toArray(Long[]::new))).await().indefinitely().iterator().next();
        assertEquals(targeted.size(), issued.getLong(0), "one red packet per targeted member");
        assertEquals(0, issued.getLong(1), "none for the control group");

        // The texts go out (a gateway that takes them all).
        pool.query("UPDATE sms_message SET next_attempt_at = now() - interval '1 second' WHERE status = 'QUEUED'").execute().await().indefinitely();
        SmsGateway takeAll = message -> Uni.createFrom().item(new SmsGateway.Accepted("task-" + message.messageId()));
        dispatcher.dispatch(takeAll, NOON).await().indefinitely();

        // A targeted member spends the red packet at the till; a held-back member buys without one.
        long buyer = targeted.get(0);
        String code = pool.preparedQuery("SELECT code FROM member_coupon WHERE task_id = $1 AND customer_id = $2").execute(Tuple.of(taskId, buyer))
                .await().indefinitely().iterator().next().getString(0);
        sell(store, buyer, tea, 2, List.of(code), "14.80");
        sell(store, control.get(0), tea, 1, List.of(), "9.90");

        JsonPath report = client.run("operations/operationTaskReport", vars("taskId", task));
        assertEquals(targeted.size(), report.getInt("data.operationTaskReport.targeted"));
        assertEquals(targeted.size(), report.getInt("data.operationTaskReport.reached"));
        assertEquals(1, report.getInt("data.operationTaskReport.redeemed"));
        assertEquals(1, report.getInt("data.operationTaskReport.purchased"));
        assertEquals(control.size(), report.getInt("data.operationTaskReport.control"));
        assertEquals(1, report.getInt("data.operationTaskReport.controlPurchased"));
        assertEquals("14.80", report.getString("data.operationTaskReport.attributedRevenue.amount"));
        BigDecimal smsCost = new BigDecimal("0.05").multiply(BigDecimal.valueOf(targeted.size())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cost = new BigDecimal("5.00").add(smsCost);
        assertEquals("5.00", report.getString("data.operationTaskReport.couponCost.amount"));
        // The red packet's cost is borne 70 % by HQ and 30 % by the company.
        assertEquals("3.50", report.getString("data.operationTaskReport.hqCouponCost.amount"));
        assertEquals("1.50", report.getString("data.operationTaskReport.companyCouponCost.amount"));
        assertEquals("0.00", report.getString("data.operationTaskReport.dealerCouponCost.amount"));
        assertEquals(0, report.getInt("data.operationTaskReport.surveyResponses"));
        assertEquals(smsCost.toPlainString(), report.getString("data.operationTaskReport.smsCost.amount"));
        assertEquals(cost.toPlainString(), report.getString("data.operationTaskReport.cost.amount"));
        assertEquals(new BigDecimal("14.80").subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP).toPlainString(),
                report.getString("data.operationTaskReport.roiPercent"));
        BigDecimal rate = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(targeted.size()), 1, RoundingMode.HALF_UP);
        BigDecimal controlRate = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(control.size()), 1, RoundingMode.HALF_UP);
        assertEquals(rate.subtract(controlRate).toPlainString(), report.getString("data.operationTaskReport.upliftPoints"));
        assertThat(report.getList("data.operationTaskReport.byStore.store.id"), contains(gid(store)));
        assertThat(report.getList("data.operationTaskReport.byStore.redemptions"), contains(1));
        assertThat(report.getList("data.operationTaskReport.byCompany.orgUnit.id"), contains(gid(company)));
        assertThat(report.getList("data.operationTaskReport.byCompany.revenue.amount"), contains("14.80"));

        // The window ends: the task finishes and ranks among past tasks with its tools and segment.
        pool.preparedQuery("UPDATE operation_task SET start_at = start_at - interval '8 days' WHERE id = $1").execute(Tuple.of(taskId))
                .await().indefinitely();
        runDue();
        assertEquals("FINISHED", client.run("operations/operationTask", vars("id", task)).getString("data.operationTask.status"));
        assertThat(client.run("operations/operationTaskRanking", vars("tool", "SURVEY")).getList("data.operationTaskRanking.task.id"),
                org.hamcrest.Matchers.not(hasItem(task)));
        JsonPath ranking = client.run("operations/operationTaskRanking", vars("tool", "COUPON"));
        assertThat(ranking.getList("data.operationTaskRanking.task.id"), hasItem(task));
        int at = ranking.getList("data.operationTaskRanking.task.id").indexOf(task);
        assertEquals("COUPON+SMS", ranking.getString("data.operationTaskRanking[" + at + "].tools"));
        assertThat(ranking.getString("data.operationTaskRanking[" + at + "].segmentRule"), containsString("Spring wave"));

        // A survey task: each targeted member's text carries a link to the survey; their responses count in its report.
        String survey = created("operations/surveyCreate", fields("title", "Spring check", "questions", List.of(fields("kind", "RATING", "prompt",
                "How was spring?", "ratingMax", 5))), "surveyCreate", "data.surveyCreate.survey.id");
        ok(client.run("operations/surveyPublish", vars("id", survey, "version", 0)), "surveyPublish");
        String invite = created("operations/smsTemplateCreate", fields("name", "Invite", "signature", "New Retail", "body", "Hi {name}: {link}"),
                "smsTemplateCreate", "data.smsTemplateCreate.template.id");
        Map<String, Object> surveyTask = fields("name", OrgFixtures.uniqueCode("Survey task"), "goal", "Hear from spring buyers", "segmentId", segment,
                "smsTemplateId", invite, "surveyId", survey, "startAt", OffsetDateTime.now().toString(), "controlPercent", 50);
        String asking = created("operations/operationTaskCreate", surveyTask, "operationTaskCreate", "data.operationTaskCreate.task.id");
        ok(client.run("operations/operationTaskSchedule", vars("id", asking, "version", 0)), "operationTaskSchedule");
        runDue();
        long askingId = GlobalId.decode(asking, "OperationTask");
        Row linked = pool.preparedQuery("SELECT count(*), count(s.link_id), min(m.customer_id) FROM sms_message s JOIN sms_batch b ON b.id = s.batch_id "
                + "JOIN operation_task_member m ON m.task_id = b.task_id AND m.customer_id = s.customer_id WHERE b.task_id = $1 AND NOT m.control")
                .execute(Tuple.of(askingId)).await().indefinitely().iterator().next();
        assertTrue(linked.getLong(0) > 0);
        assertEquals(linked.getLong(0), linked.getLong(1), "every text carries its own link");
        ok(client.run("operations/surveyResponseSubmit", vars("surveyId", survey, "customerId", GlobalId.encode("Customer", linked.getLong(2)),
                "answers", List.of(fields("question", 1, "rating", 5)))), "surveyResponseSubmit");
        assertEquals(1, client.run("operations/operationTaskReport", vars("taskId", asking)).getInt("data.operationTaskReport.surveyResponses"));

        // A task whose red packets would pass the template's budget does not start, and leaves nothing behind.
        String tight = created("operations/couponTemplateCreate", fields("name", "Tight", "kind", "RED_PACKET", "value", "5", "ownerUnitId",
                gid(company), "validFrom", "2026-01-01T00:00:00Z", "validTo", "2099-01-01T00:00:00Z", "budget", "10"), "couponTemplateCreate",
                "data.couponTemplateCreate.template.id");
        String doomed = task(segment, tight, null, 0);
        ok(client.run("operations/operationTaskSchedule", vars("id", doomed, "version", 0)), "operationTaskSchedule");
        runDue();
        JsonPath cancelled = client.run("operations/operationTask", vars("id", doomed));
        assertEquals("CANCELLED", cancelled.getString("data.operationTask.status"));
        assertThat(cancelled.getString("data.operationTask.lastError"), containsString("budget"));
        assertEquals(null, (Object) cancelled.get("data.operationTask.snapshot"));
        assertEquals(0L, pool.preparedQuery("SELECT count(*) FROM operation_task_member WHERE task_id = $1")
                .execute(Tuple.of(GlobalId.decode(doomed, "OperationTask"))).await().indefinitely().iterator().next().getLong(0));
    }
}
