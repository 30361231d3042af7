package com.newretail.operations.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of SMS templates, send batches and texts. Templates and batches belong to the
 * operations team as a whole (the role rule decides who sees them); a text is seen as its member is.
 */
public final class SmsReadModels {

    public static final ReadModel TEMPLATE = ReadModel.of("SmsTemplate", "sms_template smt", "smt.id")
            .id("id")
            .scalar("name", "smt.name", Codec.STRING)
            .scalar("signature", "smt.signature", Codec.STRING)
            .scalar("body", "smt.body", Codec.STRING)
            .scalar("status", "smt.status", Codec.ENUM)
            .scalar("createdBy", "smt.created_by", Codec.STRING)
            .scalar("createdAt", "smt.created_at", Codec.DATE_TIME)
            .build();

    static final String PENDING = counted("'QUEUED', 'SENDING'");
    static final String SENT = counted("'SENT'");
    static final String DELIVERED = counted("'DELIVERED'");
    static final String FAILED = counted("'FAILED'");

    public static final ReadModel BATCH = ReadModel.of("SmsBatch", "sms_batch sb", "sb.id")
            .id("id")
            .one("template", "SmsTemplate", "sb.template_id")
            .one("snapshot", "SegmentSnapshot", "sb.snapshot_id")
            .scalar("ratePerMinute", "sb.rate_per_minute", Codec.INT)
            .scalar("recipients", "sb.recipients", Codec.INT)
            .scalar("skippedNoConsent", "sb.skipped_no_consent", Codec.INT)
            .scalar("pending", PENDING, Codec.INT)
            .scalar("sent", SENT, Codec.INT)
            .scalar("delivered", DELIVERED, Codec.INT)
            .scalar("failed", FAILED, Codec.INT)
            .scalar("createdBy", "sb.created_by", Codec.STRING)
            .scalar("createdAt", "sb.created_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel MESSAGE = ReadModel.of("SmsMessage", "sms_message sm", "sm.id")
            .id("id")
            .one("batch", "SmsBatch", "sm.batch_id")
            .one("customer", "Customer", "sm.customer_id")
            .scalar("text", "sm.body", Codec.STRING)
            .scalar("status", "sm.status", Codec.ENUM)
            .scalar("attempts", "sm.attempts", Codec.INT)
            .scalar("nextAttemptAt", "sm.next_attempt_at", Codec.DATE_TIME)
            .scalar("lastError", "sm.last_error", Codec.STRING)
            .scalar("queuedAt", "sm.queued_at", Codec.DATE_TIME)
            .scalar("sentAt", "sm.sent_at", Codec.DATE_TIME)
            .scalar("deliveredAt", "sm.delivered_at", Codec.DATE_TIME)
            .build();

    private SmsReadModels() {
    }

    private static String counted(String statuses) {
        return "(SELECT count(*) FROM sms_message x WHERE x.batch_id = sb.id AND x.status IN (" + statuses + "))";
    }

    public static ReadRoot.Selection templatesByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(TEMPLATE.from(), "smt.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Templates, newest first, after the cursor's id. */
    public static ReadRoot.Selection templates(Long afterId, SqlArgs args) {
        return new ReadRoot.Selection(TEMPLATE.from(), afterId == null ? "true" : "smt.id < " + args.add(afterId), "smt.id DESC", List.of("smt.id"));
    }

    public static ReadRoot.Selection batchesByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(BATCH.from(), "sb.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Batches, newest first, after the cursor's id. */
    public static ReadRoot.Selection batches(Long afterId, SqlArgs args) {
        return new ReadRoot.Selection(BATCH.from(), afterId == null ? "true" : "sb.id < " + args.add(afterId), "sb.id DESC", List.of("sb.id"));
    }

    /** A batch's texts to members in the scope, in queue order, after the cursor's id. */
    public static ReadRoot.Selection messages(long batchId, String status, DataScope scope, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder("sm.batch_id = ").append(args.add(batchId));
        if (status != null) {
            where.append(" AND sm.status = ").append(args.add(status));
        }
        if (!scope.isAll()) {
            where.append(" AND sm.customer_id IN (").append(com.newretail.customer.api.CustomerSelections.visibleIdsSql(scope, args)).append(")");
        }
        if (afterId != null) {
            where.append(" AND sm.id > ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(MESSAGE.from(), where.toString(), "sm.id", List.of("sm.id"));
    }
}
