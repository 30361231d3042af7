package com.newretail.operations.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of segments and snapshots, through the statements of {@link SegmentReadModels}. */
@ApplicationScoped
public class SegmentReader {

    public record SegmentRow(long id, String name, String description, String rule, String ruleText, int version, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime archivedAt) {
    }

    public record SnapshotRow(long id, long segmentId, String ruleText, int memberCount, String takenBy, OffsetDateTime takenAt) {
    }

    private final Pool pool;

    public SegmentReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SegmentRow>> segmentsByIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SegmentReadModels.segmentsByIds(ids, args).statement(SegmentReadModels.SEGMENT.plainColumns(), null), args,
                SegmentReader::segment);
    }

    public Uni<List<SegmentRow>> segments(String search, boolean includeArchived, String afterName, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SegmentReadModels.segments(search, includeArchived, afterName, afterId, args)
                .statement(SegmentReadModels.SEGMENT.plainColumns(), Integer.toString(limit)), args, SegmentReader::segment);
    }

    public Uni<List<SnapshotRow>> snapshotsByIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SegmentReadModels.snapshotsByIds(ids, args).statement(SegmentReadModels.SNAPSHOT.plainColumns(), null), args,
                row -> new SnapshotRow(row.getLong("id"), row.getLong("segment_id"), row.getString("rule_text"), row.getInteger("member_count"),
                        row.getString("taken_by"), row.getOffsetDateTime("taken_at")));
    }

    private static SegmentRow segment(Row row) {
        return new SegmentRow(row.getLong("id"), row.getString("name"), row.getString("description"), row.getString("rule"),
                row.getString("rule_text"), row.getInteger("version"), row.getString("created_by"), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"), row.getOffsetDateTime("archived_at"));
    }
}
