package com.newretail.operations.persistence;

import java.util.List;

import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of segments and their snapshots. Segments belong to the operations team as a whole
 * (the role rule decides who sees them); who is in one depends on the caller's scope when it is
 * evaluated or snapshotted.
 */
public final class SegmentReadModels {

    public static final ReadModel SEGMENT = ReadModel.of("Segment", "segment sg", "sg.id")
            .id("id")
            .scalar("name", "sg.name", Codec.STRING)
            .scalar("description", "sg.description", Codec.STRING)
            .scalar("rule", "sg.rule", Codec.STRING)
            .scalar("ruleText", "sg.rule_text", Codec.STRING)
            .scalar("version", "sg.version", Codec.INT)
            .scalar("createdBy", "sg.created_by", Codec.STRING)
            .scalar("createdAt", "sg.created_at", Codec.DATE_TIME)
            .scalar("updatedAt", "sg.updated_at", Codec.DATE_TIME)
            .scalar("archivedAt", "sg.archived_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel SNAPSHOT = ReadModel.of("SegmentSnapshot", "segment_snapshot ss", "ss.id")
            .id("id")
            .one("segment", "Segment", "ss.segment_id")
            .scalar("ruleText", "ss.rule_text", Codec.STRING)
            .scalar("memberCount", "ss.member_count", Codec.INT)
            .scalar("takenBy", "ss.taken_by", Codec.STRING)
            .scalar("takenAt", "ss.taken_at", Codec.DATE_TIME)
            .build();

    private SegmentReadModels() {
    }

    public static ReadRoot.Selection segmentsByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(SEGMENT.from(), "sg.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Segments by name (live ones, or archived ones too), after the cursor's name and id. */
    public static ReadRoot.Selection segments(String search, boolean includeArchived, String afterName, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder(includeArchived ? "true" : "sg.archived_at IS NULL");
        if (search != null && !search.isBlank()) {
            where.append(" AND sg.name ILIKE ").append(args.add("%" + Like.escape(search.trim()) + "%"));
        }
        if (afterId != null) {
            where.append(" AND (sg.name, sg.id) > (").append(args.add(afterName)).append(", ").append(args.add(afterId)).append(")");
        }
        return new ReadRoot.Selection(SEGMENT.from(), where.toString(), "sg.name, sg.id", List.of("sg.name", "sg.id"));
    }

    public static ReadRoot.Selection snapshotsByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(SNAPSHOT.from(), "ss.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }
}
