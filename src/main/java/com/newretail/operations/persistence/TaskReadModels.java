package com.newretail.operations.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.SqlArgs;

/** The read model of operation tasks; they belong to the operations team as a whole (the role rule decides who sees them). */
public final class TaskReadModels {

    public static final ReadModel TASK = ReadModel.of("OperationTask", "operation_task ot", "ot.id")
            .id("id")
            .scalar("name", "ot.name", Codec.STRING)
            .scalar("goal", "ot.goal", Codec.STRING)
            .one("segment", "Segment", "ot.segment_id")
            .one("snapshot", "SegmentSnapshot", "ot.snapshot_id")
            .one("couponTemplate", "CouponTemplate", "ot.coupon_template_id")
            .one("smsTemplate", "SmsTemplate", "ot.sms_template_id")
            .one("survey", "Survey", "ot.survey_id")
            .scalar("smsRatePerMinute", "ot.sms_rate", Codec.INT)
            .money("budget", "ot.budget", "'CNY'")
            .scalar("controlPercent", "ot.control_percent", Codec.INT)
            .scalar("startAt", "ot.start_at", Codec.DATE_TIME)
            .scalar("attributionDays", "ot.attribution_days", Codec.INT)
            .scalar("status", "ot.status", Codec.ENUM)
            .scalar("owner", "ot.owner", Codec.STRING)
            .scalar("version", "ot.version", Codec.INT)
            .scalar("createdAt", "ot.created_at", Codec.DATE_TIME)
            .scalar("startedAt", "ot.started_at", Codec.DATE_TIME)
            .scalar("finishedAt", "ot.finished_at", Codec.DATE_TIME)
            .scalar("lastError", "ot.last_error", Codec.STRING)
            .build();

    private TaskReadModels() {
    }

    public static ReadRoot.Selection byIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(TASK.from(), "ot.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Tasks (optionally of one status), newest first, after the cursor's id. */
    public static ReadRoot.Selection tasks(String status, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder("true");
        if (status != null) {
            where.append(" AND ot.status = ").append(args.add(status));
        }
        if (afterId != null) {
            where.append(" AND ot.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(TASK.from(), where.toString(), "ot.id DESC", List.of("ot.id"));
    }
}
