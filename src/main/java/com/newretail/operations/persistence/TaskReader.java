package com.newretail.operations.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of operation tasks: the statements of {@link TaskReadModels}, and what a report counts. */
@ApplicationScoped
public class TaskReader {

    public record TaskRow(long id, String name, String goal, long segmentId, Long snapshotId, Long couponTemplateId, Long smsTemplateId,
            Long surveyId, int smsRate, BigDecimal budget, int controlPercent, OffsetDateTime startAt, int attributionDays, String status,
            String owner, int version, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String lastError) {
    }

    /** What the tools did: members targeted and held back, reached, redeemed, what coupons cost, texts sent. */
    public record Facts(int targeted, int control, int reached, int redeemed, BigDecimal couponCost, int textsSent, int surveyResponses,
            BigDecimal hqCost, BigDecimal companyCost, BigDecimal dealerCost) {
    }

    /** A member of a task. */
    public record Member(long customerId, boolean control) {
    }

    /** Coupon redemptions of a task at one store. */
    public record StoreRedemptions(long storeId, int redemptions, BigDecimal discount) {
    }

    /** The task's coupon uses are read once and summed five ways; members and texts likewise once each. */
    private static final String FACTS = """
            WITH uses AS (SELECT mc.customer_id, u.discount, u.restored, t.hq_share, t.company_share, t.dealer_share
                          FROM member_coupon mc JOIN coupon_use u ON u.coupon_id = mc.id JOIN coupon_template t ON t.id = mc.template_id
                          WHERE mc.task_id = $1),
                 texted AS (SELECT s.customer_id FROM sms_message s JOIN sms_batch b ON b.id = s.batch_id
                            WHERE b.task_id = $1 AND s.status IN ('SENT', 'DELIVERED'))
            SELECT (SELECT count(*) FILTER (WHERE NOT control) FROM operation_task_member WHERE task_id = $1) AS targeted,
                   (SELECT count(*) FILTER (WHERE control) FROM operation_task_member WHERE task_id = $1) AS control,
                   (SELECT count(*) FROM operation_task_member m WHERE m.task_id = $1 AND NOT m.control
                       AND (EXISTS (SELECT 1 FROM member_coupon mc WHERE mc.task_id = $1 AND mc.customer_id = m.customer_id)
                            OR m.customer_id IN (SELECT customer_id FROM texted))) AS reached,
                   (SELECT count(*) FROM texted) AS texts_sent,
                   (SELECT count(*) FROM survey_response r JOIN operation_task t ON t.id = $1
                    WHERE r.survey_id = t.survey_id AND r.submitted_at >= t.started_at
                      AND r.customer_id IN (SELECT customer_id FROM operation_task_member WHERE task_id = $1 AND NOT control)) AS responses,
                   c.redeemed, c.coupon_cost, c.hq_cost, c.company_cost, c.dealer_cost
            FROM (SELECT count(DISTINCT customer_id) FILTER (WHERE discount > restored) AS redeemed,
                         COALESCE(sum(discount - restored), 0) AS coupon_cost,
                         COALESCE(sum((discount - restored) * hq_share / 100), 0) AS hq_cost,
                         COALESCE(sum((discount - restored) * company_share / 100), 0) AS company_cost,
                         COALESCE(sum((discount - restored) * dealer_share / 100), 0) AS dealer_cost
                  FROM uses) c""";

    private static final String MEMBERS = "SELECT customer_id, control FROM operation_task_member WHERE task_id = $1";

    private static final String BY_STORE = """
            SELECT u.store_id, count(*) AS n, sum(u.discount - u.restored) AS discount FROM member_coupon mc JOIN coupon_use u ON u.coupon_id = mc.id
            WHERE mc.task_id = $1 GROUP BY u.store_id""";

    private final Pool pool;

    public TaskReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<TaskRow>> byIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, TaskReadModels.byIds(ids, args).statement(TaskReadModels.TASK.plainColumns(), null), args, TaskReader::task);
    }

    public Uni<List<TaskRow>> tasks(String status, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, TaskReadModels.tasks(status, afterId, args).statement(TaskReadModels.TASK.plainColumns(), Integer.toString(limit)),
                args, TaskReader::task);
    }

    public Uni<Facts> facts(long taskId) {
        return PoolQueries.list(pool, FACTS, Tuple.of(taskId), row -> new Facts(row.getLong("targeted").intValue(), row.getLong("control").intValue(),
                row.getLong("reached").intValue(), row.getLong("redeemed").intValue(), SqlNumbers.decimal(row, "coupon_cost"),
                row.getLong("texts_sent").intValue(), row.getLong("responses").intValue(), SqlNumbers.decimal(row, "hq_cost"),
                SqlNumbers.decimal(row, "company_cost"), SqlNumbers.decimal(row, "dealer_cost"))).map(rows -> rows.get(0));
    }

    public Uni<List<Member>> members(long taskId) {
        return PoolQueries.list(pool, MEMBERS, Tuple.of(taskId), row -> new Member(row.getLong("customer_id"), row.getBoolean("control")));
    }

    public Uni<List<StoreRedemptions>> redemptionsByStore(long taskId) {
        return PoolQueries.list(pool, BY_STORE, Tuple.of(taskId), row -> new StoreRedemptions(row.getLong("store_id"), row.getLong("n").intValue(),
                SqlNumbers.decimal(row, "discount")));
    }

    private static TaskRow task(Row row) {
        return new TaskRow(row.getLong("id"), row.getString("name"), row.getString("goal"), row.getLong("segment_id"), row.getLong("snapshot_id"),
                row.getLong("coupon_template_id"), row.getLong("sms_template_id"), row.getLong("survey_id"), row.getInteger("sms_rate"),
                SqlNumbers.decimal(row, "budget"), row.getInteger("control_percent"), row.getOffsetDateTime("start_at"),
                row.getInteger("attribution_days"), row.getString("status"), row.getString("owner"), row.getInteger("version"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("started_at"), row.getOffsetDateTime("finished_at"),
                row.getString("last_error"));
    }
}
