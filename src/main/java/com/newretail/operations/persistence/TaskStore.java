package com.newretail.operations.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of operation tasks and their members, in the current transaction. */
@ApplicationScoped
public class TaskStore {

    /** A new task, checked. */
    public record NewTask(String name, String goal, long segmentId, Long couponTemplateId, Long smsTemplateId, Long surveyId, int smsRate,
            BigDecimal budget, int controlPercent, OffsetDateTime startAt, int attributionDays) {
    }

    /** A task as a change or the runner sees it, under its row lock. */
    public record Locked(long id, String status, int version, long segmentId, Long couponTemplateId, Long smsTemplateId, Long surveyId, int smsRate,
            int controlPercent, String owner) {
    }

    private static final String INSERT = """
            INSERT INTO operation_task (name, goal, segment_id, coupon_template_id, sms_template_id, survey_id, sms_rate, budget, control_percent,
                                        start_at, attribution_days, owner)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id""";

    private static final String COLUMNS = """
            SELECT id, status, version, segment_id, coalesce(coupon_template_id, 0), coalesce(sms_template_id, 0), coalesce(survey_id, 0), sms_rate,
                   control_percent, owner FROM operation_task""";

    private static final String LOCK = COLUMNS + " WHERE id = ?1 FOR UPDATE";

    /** A due task no other runner holds: replicas each take different ones, and none twice. */
    private static final String CLAIM_DUE = COLUMNS + " WHERE id = ?1 AND status = 'SCHEDULED' AND start_at <= now() FOR UPDATE SKIP LOCKED";

    private static final String DUE = "SELECT id FROM operation_task WHERE status = 'SCHEDULED' AND start_at <= now() ORDER BY start_at, id LIMIT ?1";

    private static final String STATUS = "UPDATE operation_task SET status = ?2, version = version + 1 WHERE id = ?1";

    private static final String STARTED = """
            UPDATE operation_task SET status = 'RUNNING', snapshot_id = ?2, started_at = now(), last_error = NULL, version = version + 1 WHERE id = ?1""";

    private static final String FAILED = "UPDATE operation_task SET status = 'CANCELLED', last_error = ?2, version = version + 1 WHERE id = ?1";

    private static final String FINISH = """
            UPDATE operation_task SET status = 'FINISHED', finished_at = now(), version = version + 1
            WHERE status = 'RUNNING' AND start_at + attribution_days * interval '1 day' <= now()""";

    /** The snapshot's members, a deterministic share of them (by a hash of task and member) held back as the control group. */
    private static final String MEMBERS = """
            INSERT INTO operation_task_member (task_id, customer_id, control)
            SELECT ?1, m.customer_id, abs(hashtext(cast(cast(?1 as bigint) as text) || ':' || m.customer_id)) % 100 < cast(?3 as integer)
            FROM segment_snapshot_member m WHERE m.snapshot_id = ?2""";

    public Uni<Long> insert(NewTask t, String owner) {
        return NativeSql.longValue(INSERT, t.name(), t.goal(), t.segmentId(), t.couponTemplateId(), t.smsTemplateId(), t.surveyId(), t.smsRate(),
                t.budget(), t.controlPercent(), t.startAt(), t.attributionDays(), owner);
    }

    public Uni<Optional<Locked>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(TaskStore::locked);
    }

    public Uni<Optional<Locked>> claimDue(long id) {
        return NativeSql.rows(CLAIM_DUE, id).map(TaskStore::locked);
    }

    public Uni<List<Long>> due(int limit) {
        return NativeSql.scalars(DUE, Long.class, limit);
    }

    public Uni<Void> status(long id, String status) {
        return NativeSql.update(STATUS, id, status).replaceWithVoid();
    }

    public Uni<Void> started(long id, long snapshotId) {
        return NativeSql.update(STARTED, id, snapshotId).replaceWithVoid();
    }

    public Uni<Void> failed(long id, String error) {
        return NativeSql.update(FAILED, id, error.length() > 250 ? error.substring(0, 250) : error).replaceWithVoid();
    }

    public Uni<Integer> finishDue() {
        return NativeSql.update(FINISH);
    }

    /** How many of the task's members are targeted (not held back). */
    public Uni<Integer> targeted(long taskId) {
        return NativeSql.longValue("SELECT count(*) FROM operation_task_member WHERE task_id = ?1 AND NOT control", taskId).map(Long::intValue);
    }

    public Uni<Integer> members(long taskId, long snapshotId, int controlPercent) {
        return NativeSql.update(MEMBERS, taskId, snapshotId, controlPercent);
    }

    private static Optional<Locked> locked(List<Object[]> rows) {
        return rows.stream().findFirst().map(row -> new Locked(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                ((Number) row[3]).longValue(), NativeSql.idOrNull(row[4]), NativeSql.idOrNull(row[5]), NativeSql.idOrNull(row[6]),
                ((Number) row[7]).intValue(), ((Number) row[8]).intValue(), (String) row[9]));
    }
}
