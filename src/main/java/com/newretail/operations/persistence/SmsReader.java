package com.newretail.operations.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of SMS templates, batches and texts, through the statements of {@link SmsReadModels}. */
@ApplicationScoped
public class SmsReader {

    public record TemplateRow(long id, String name, String signature, String body, String status, String createdBy, OffsetDateTime createdAt) {
    }

    public record BatchRow(long id, long templateId, Long snapshotId, int ratePerMinute, int recipients, int skippedNoConsent, int pending,
            int sent, int delivered, int failed, String createdBy, OffsetDateTime createdAt) {
    }

    public record MessageRow(long id, long batchId, long customerId, String text, String status, int attempts, OffsetDateTime nextAttemptAt,
            String lastError, OffsetDateTime queuedAt, OffsetDateTime sentAt, OffsetDateTime deliveredAt) {
    }

    private static final String BATCH_COLUMNS = SmsReadModels.BATCH.plainColumns() + ", " + SmsReadModels.PENDING + " AS pending, "
            + SmsReadModels.SENT + " AS sent, " + SmsReadModels.DELIVERED + " AS delivered, " + SmsReadModels.FAILED + " AS failed";

    private final Pool pool;

    public SmsReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<TemplateRow>> templatesByIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SmsReadModels.templatesByIds(ids, args).statement(SmsReadModels.TEMPLATE.plainColumns(), null), args,
                SmsReader::template);
    }

    public Uni<List<TemplateRow>> templates(Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SmsReadModels.templates(afterId, args).statement(SmsReadModels.TEMPLATE.plainColumns(), Integer.toString(limit)),
                args, SmsReader::template);
    }

    public Uni<List<BatchRow>> batchesByIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SmsReadModels.batchesByIds(ids, args).statement(BATCH_COLUMNS, null), args, SmsReader::batch);
    }

    public Uni<List<BatchRow>> batches(Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SmsReadModels.batches(afterId, args).statement(BATCH_COLUMNS, Integer.toString(limit)), args, SmsReader::batch);
    }

    public Uni<List<MessageRow>> messages(long batchId, String status, DataScope scope, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SmsReadModels.messages(batchId, status, scope, afterId, args).statement(SmsReadModels.MESSAGE.plainColumns(),
                Integer.toString(limit)), args, row -> new MessageRow(row.getLong("id"), row.getLong("batch_id"), row.getLong("customer_id"),
                        row.getString("body"), row.getString("status"), row.getInteger("attempts"), row.getOffsetDateTime("next_attempt_at"),
                        row.getString("last_error"), row.getOffsetDateTime("queued_at"), row.getOffsetDateTime("sent_at"),
                        row.getOffsetDateTime("delivered_at")));
    }

    private static TemplateRow template(Row row) {
        return new TemplateRow(row.getLong("id"), row.getString("name"), row.getString("signature"), row.getString("body"), row.getString("status"),
                row.getString("created_by"), row.getOffsetDateTime("created_at"));
    }

    private static BatchRow batch(Row row) {
        return new BatchRow(row.getLong("id"), row.getLong("template_id"), row.getLong("snapshot_id"), row.getInteger("rate_per_minute"),
                row.getInteger("recipients"), row.getInteger("skipped_no_consent"), row.getLong("pending").intValue(), row.getLong("sent").intValue(),
                row.getLong("delivered").intValue(), row.getLong("failed").intValue(), row.getString("created_by"), row.getOffsetDateTime("created_at"));
    }
}
