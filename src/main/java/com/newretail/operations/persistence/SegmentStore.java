package com.newretail.operations.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;
import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;

/** Writes of segments and snapshots, in the current transaction. */
@ApplicationScoped
public class SegmentStore {

    /** A segment as a change sees it, under its row lock. */
    public record Locked(long id, String name, String rule, String ruleText, int version, boolean archived) {
    }

    private static final String INSERT = """
            INSERT INTO segment (name, description, rule, rule_text, created_by) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (lower(name)) WHERE archived_at IS NULL DO NOTHING
            RETURNING id""";

    private static final String LOCK = "SELECT id, name, rule, rule_text, version, archived_at IS NOT NULL FROM segment WHERE id = ?1 FOR UPDATE";

    private static final String NAME_TAKEN = "SELECT count(*) FROM segment WHERE lower(name) = lower(?1) AND archived_at IS NULL AND id <> ?2";

    private static final String UPDATE = """
            UPDATE segment SET name = ?2, description = ?3, rule = ?4, rule_text = ?5, version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String ARCHIVE = "UPDATE segment SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String SNAPSHOT = """
            INSERT INTO segment_snapshot (segment_id, rule_text, member_count, taken_by) VALUES (?1, ?2, 0, ?3) RETURNING id""";

    private static final String COUNT_MEMBERS = """
            UPDATE segment_snapshot SET member_count = (SELECT count(*) FROM segment_snapshot_member WHERE snapshot_id = ?1) WHERE id = ?1""";

    /** How many members a snapshot holds; empty when there is no such snapshot. */
    public Uni<Optional<Long>> snapshotMembers(long snapshotId) {
        return NativeSql.scalars("SELECT member_count FROM segment_snapshot WHERE id = ?1", Long.class, snapshotId).map(rows -> rows.stream().findFirst());
    }

    /** The new segment's id; empty when a live segment has the name. */
    public Uni<Optional<Long>> insert(String name, String description, String rule, String ruleText, String actor) {
        return NativeSql.scalars(INSERT, Long.class, name, description, rule, ruleText, actor).map(ids -> ids.stream().findFirst());
    }

    public Uni<Optional<Locked>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(rows -> rows.stream().map(row -> new Locked(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], ((Number) row[4]).intValue(), (Boolean) row[5])).findFirst());
    }

    public Uni<Boolean> nameTaken(String name, long exceptId) {
        return NativeSql.longValue(NAME_TAKEN, name, exceptId).map(count -> count > 0);
    }

    public Uni<Void> update(long id, String name, String description, String rule, String ruleText) {
        return NativeSql.update(UPDATE, id, name, description, rule, ruleText).replaceWithVoid();
    }

    public Uni<Void> archive(long id) {
        return NativeSql.update(ARCHIVE, id).replaceWithVoid();
    }

    /**
     * A snapshot of the segment: the members {@code memberIdsSql} selects (values in {@code args}, after
     * the snapshot id) copied in one statement; its id.
     */
    public Uni<Long> snapshot(long segmentId, String ruleText, String actor, java.util.function.Function<SqlArgs, String> memberIdsSql) {
        return NativeSql.longValue(SNAPSHOT, segmentId, ruleText, actor).chain(snapshotId -> {
            SqlArgs args = new SqlArgs();
            String id = args.add(snapshotId);
            String sql = "INSERT INTO segment_snapshot_member (snapshot_id, customer_id) SELECT " + id + "::bigint, x.id FROM ("
                    + memberIdsSql.apply(args) + ") x";
            return NativeSql.updateNumbered(sql, args.values()).chain(() -> NativeSql.update(COUNT_MEMBERS, snapshotId)).replaceWith(snapshotId);
        });
    }

}
