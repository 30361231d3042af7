package com.newretail.operations.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerSelections;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of SMS templates and send batches, in the current transaction: a batch and its outbox rows commit together. */
@ApplicationScoped
public class SmsStore {

    /** A template as a send sees it. */
    public record TemplateText(long id, String signature, String body, String status) {
    }

    /** A queued batch: its id and how many texts went to the outbox. */
    public record Queued(long batchId, long texts) {
    }

    private static final String INSERT_TEMPLATE = """
            INSERT INTO sms_template (name, signature, body, created_by) VALUES (?1, ?2, ?3, ?4) RETURNING id""";

    private static final String TEMPLATE = "SELECT id, signature, body, status FROM sms_template WHERE id = ?1";

    private static final String INSERT_BATCH = """
            INSERT INTO sms_batch (template_id, snapshot_id, rate_per_minute, recipients, skipped_no_consent, created_by, task_id)
            VALUES (?1, ?2, ?3, 0, 0, ?4, ?5) RETURNING id""";

    /**
     * One text per member who may get SMS, the template's variables filled in, spread over time at the
     * batch's rate from {@code ?4}; {@code %s} is the recipients' ids (parameter ?6).
     */
    private static final String QUEUE = """
            INSERT INTO sms_message (batch_id, customer_id, mobile, body, next_attempt_at)
            SELECT ?1, x.id, x.mobile, left('【' || ?2 || '】' || replace(replace(?3, '{name}', x.name), '{store}', x.store_name), 600),
                   cast(?4 as timestamptz) + cast((row_number() OVER (ORDER BY x.id) - 1) * 60.0 / cast(?5 as integer) as double precision) * interval '1 second'
            FROM (%s) x""";

    /** {@link #QUEUE} for a template with {@code {link}}: each text carries a new single-use link to survey ?7 for its member. */
    private static final String QUEUE_WITH_LINKS = """
            WITH contacts AS (%s),
                 links AS (INSERT INTO survey_link (survey_id, customer_id) SELECT ?7, id FROM contacts RETURNING id, customer_id)
            INSERT INTO sms_message (batch_id, customer_id, mobile, body, next_attempt_at, link_id)
            SELECT ?1, x.id, x.mobile, left('【' || ?2 || '】' || replace(replace(?3, '{name}', x.name), '{store}', x.store_name), 600),
                   cast(?4 as timestamptz) + cast((row_number() OVER (ORDER BY x.id) - 1) * 60.0 / cast(?5 as integer) as double precision)
                                             * interval '1 second',
                   l.id
            FROM contacts x JOIN links l ON l.customer_id = x.id""";

    private static final String COUNT = """
            UPDATE sms_batch SET recipients = ?2, skipped_no_consent = ?2 - (SELECT count(*) FROM sms_message WHERE batch_id = ?1) WHERE id = ?1""";

    public Uni<Long> insertTemplate(String name, String signature, String body, String actor) {
        return NativeSql.longValue(INSERT_TEMPLATE, name, signature, body, actor);
    }

    public Uni<Optional<TemplateText>> template(long id) {
        return NativeSql.rows(TEMPLATE, id).map(rows -> rows.stream().findFirst()
                .map(row -> new TemplateText(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3])));
    }

    /**
     * A batch of the template to the recipients (listed members, or a snapshot's), written to the
     * outbox for those with SMS consent.
     */
    public Uni<Queued> queue(TemplateText template, CouponStore.Recipients to, int recipients, int ratePerMinute, Long surveyId,
            OffsetDateTime start, String actor) {
        String recipientIds = to.idsSql("?6");
        return NativeSql.longValue(INSERT_BATCH, template.id(), to.snapshotId(), ratePerMinute, actor, to.taskId())
                .call(batch -> surveyId == null
                        ? NativeSql.update(QUEUE.formatted(CustomerSelections.smsContactsSql(recipientIds)), batch, template.signature(),
                                template.body(), start, ratePerMinute, to.parameter())
                        : NativeSql.update(QUEUE_WITH_LINKS.formatted(CustomerSelections.smsContactsSql(recipientIds)), batch, template.signature(),
                                template.body(), start, ratePerMinute, to.parameter(), surveyId))
                .call(batch -> NativeSql.update(COUNT, batch, recipients))
                .chain(batch -> NativeSql.longValue("SELECT count(*) FROM sms_message WHERE batch_id = ?1", batch)
                        .map(texts -> new Queued(batch, texts)));
    }
}
