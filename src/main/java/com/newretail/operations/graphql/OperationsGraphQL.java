package com.newretail.operations.graphql;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.customer.api.CustomerDirectory;
import com.newretail.customer.api.CustomerSelections;
import com.newretail.operations.domain.SegmentService;
import com.newretail.operations.persistence.SegmentReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** User operations: member segments, previewed and snapshotted within the caller's data scope. */
@GraphQLApi
public class OperationsGraphQL {

    private static final int MAX_SAMPLE = 50;

    private final SegmentReader reader;
    private final SegmentService service;
    private final CustomerSelections selections;
    private final CustomerDirectory customers;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public OperationsGraphQL(SegmentReader reader, SegmentService service, CustomerSelections selections, CustomerDirectory customers,
            CallerScope callerScope, MutationFrame frame, SecurityIdentity identity) {
        this.reader = reader;
        this.service = service;
        this.selections = selections;
        this.customers = customers;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
    }

    @Query("segment")
    @RolesAllowed("${newretail.rules.segment}")
    @Description("A segment; null when it does not exist.")
    public Uni<Segment> segment(@Name("id") @Id @NonNull @Description("The segment.") String id) {
        long segmentId = GlobalId.decode(id, Segment.TYPE);
        return reader.segmentsByIds(List.of(segmentId)).map(rows -> rows.isEmpty() ? null : new Segment(rows.get(0)));
    }

    @Query("segments")
    @RolesAllowed("${newretail.rules.segments}")
    @Description("Segments by name.")
    public Uni<@NonNull SegmentConnection> segments(
            @Name("search") @Description("Only segments whose name contains this.") String search,
            @Name("includeArchived") @Description("Archived segments too.") @DefaultValue("false") boolean includeArchived,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        String[] position = OperationsReads.after(page);
        return reader.segments(search, includeArchived, position[0], position[1] == null ? null : Long.parseLong(position[1]), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.name(), row.id()),
                        (row, cursor) -> new SegmentConnection.Edge(new Segment(row), cursor), SegmentConnection::new));
    }

    @Query("segmentSnapshot")
    @RolesAllowed("${newretail.rules.segmentSnapshot}")
    @Description("A segment snapshot; null when it does not exist.")
    public Uni<SegmentSnapshot> segmentSnapshot(@Name("id") @Id @NonNull @Description("The snapshot.") String id) {
        long snapshotId = GlobalId.decode(id, SegmentSnapshot.TYPE);
        return reader.snapshotsByIds(List.of(snapshotId)).map(rows -> rows.isEmpty() ? null : new SegmentSnapshot(rows.get(0)));
    }

    @Query("segmentPreview")
    @RolesAllowed("${newretail.rules.segmentPreview}")
    @Description("Who a rule (or a saved segment's rule) selects now within your data scope: the count and a sample. Evaluated by the "
            + "database; a bad rule is refused as an invalid argument.")
    public Uni<@NonNull SegmentPreview> segmentPreview(
            @Name("rule") @Description("A rule to try; or give segmentId.") SegmentRuleInput rule,
            @Name("segmentId") @Id @Description("A saved segment.") String segmentId,
            @Name("sampleSize") @Description("Members in the sample, 0-50.") @DefaultValue("10") int sampleSize) {
        if ((rule == null) == (segmentId == null) || sampleSize < 0 || sampleSize > MAX_SAMPLE) {
            throw new InvalidArgumentException("Give either rule or segmentId, and a sampleSize of 0-" + MAX_SAMPLE);
        }
        Uni<SegmentRuleInput> input = rule != null ? Uni.createFrom().item(rule)
                : reader.segmentsByIds(List.of(GlobalId.decode(segmentId, Segment.TYPE))).map(rows -> {
                    if (rows.isEmpty()) {
                        throw new InvalidArgumentException("No such segment");
                    }
                    return SegmentRules.parse(rows.get(0).rule());
                });
        return input.chain(given -> {
            SegmentRules.Checked checked = SegmentRules.check(given, "rule");
            if (checked.problem() != null) {
                throw new InvalidArgumentException(checked.problem().message() + " at " + String.join(".", checked.problem().field()));
            }
            return callerScope.current().chain(scope -> selections.count(checked.definition().criteria(), scope)
                    .chain(count -> selections.sample(checked.definition().criteria(), scope, sampleSize)
                            .chain(ids -> customers.views(ids).map(found -> new SegmentPreview(checked.definition().text(), count.intValue(),
                                    ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList())))));
        });
    }

    @Name("segment")
    @NonNull
    @Description("The segment the snapshot was taken of.")
    public Uni<List<@NonNull Segment>> snapshotSegment(@Source List<SegmentSnapshot> snapshots) {
        List<Long> ids = snapshots.stream().map(s -> s.row().segmentId()).toList();
        return reader.segmentsByIds(ids.stream().distinct().toList()).map(rows -> {
            Map<Long, SegmentReader.SegmentRow> byId = rows.stream().collect(java.util.stream.Collectors.toMap(SegmentReader.SegmentRow::id, r -> r));
            return ids.stream().map(id -> new Segment(byId.get(id))).toList();
        });
    }

    @Name("segment")
    @Description("The segment as it is now; null when there are userErrors.")
    public Uni<Segment> payloadSegment(@Source SegmentPayload payload) {
        return payload.segmentId() == null ? Uni.createFrom().nullItem() : segment(GlobalId.encode(Segment.TYPE, payload.segmentId()));
    }

    @Name("snapshot")
    @Description("The snapshot; null when there are userErrors.")
    public Uni<SegmentSnapshot> payloadSnapshot(@Source SegmentSnapshotPayload payload) {
        return payload.snapshotId() == null ? Uni.createFrom().nullItem()
                : segmentSnapshot(GlobalId.encode(SegmentSnapshot.TYPE, payload.snapshotId()));
    }

    @Mutation("segmentCreate")
    @RolesAllowed("${newretail.rules.segmentCreate}")
    @Description("Saves a rule as a named segment. INVALID_RULE names the rule node at fault; NAME_TAKEN, NOT_FOUND for unknown references.")
    public Uni<@NonNull SegmentPayload> segmentCreate(
            @Name("input") @NonNull @Description("The segment.") SegmentInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SegmentPayload.KIND, () -> {
            SegmentRules.Checked checked = SegmentRules.check(input.rule, "input", "rule");
            if (checked.problem() != null) {
                return SegmentPayload.KIND.refusedNow(checked.problem());
            }
            return callerScope.current().chain(scope -> frame.once(SegmentPayload.KIND, "segmentCreate", idempotencyKey,
                    Call.<Long, SegmentPayload>of(java.util.Arrays.asList(input.name, input.description, checked.definition().json()),
                            () -> service.create(input.name, input.description, checked.definition(), scope, actor()),
                            id -> Call.Audit.of(null, Map.of("name", input.name, "rule", checked.definition().text())))));
        });
    }

    @Mutation("segmentUpdate")
    @RolesAllowed("${newretail.rules.segmentUpdate}")
    @Description("Changes a segment's name, description and rule at the version you read (STALE_VERSION otherwise). Snapshots taken "
            + "before keep who they held.")
    public Uni<@NonNull SegmentPayload> segmentUpdate(
            @Name("id") @Id @NonNull @Description("The segment.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("The segment as it should be.") SegmentInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SegmentPayload.KIND, () -> {
            long segmentId = GlobalId.decodeAt(id, Segment.TYPE, "id");
            SegmentRules.Checked checked = SegmentRules.check(input.rule, "input", "rule");
            if (checked.problem() != null) {
                return SegmentPayload.KIND.refusedNow(checked.problem());
            }
            return callerScope.current().chain(scope -> frame.once(SegmentPayload.KIND, "segmentUpdate", idempotencyKey,
                    Call.<Long, SegmentPayload>of(java.util.Arrays.asList(segmentId, expectedVersion, input.name, input.description,
                            checked.definition().json()),
                            () -> service.update(segmentId, expectedVersion, input.name, input.description, checked.definition(), scope),
                            ignored -> Call.Audit.of(null, Map.of("name", input.name, "rule", checked.definition().text())))));
        });
    }

    @Mutation("segmentArchive")
    @RolesAllowed("${newretail.rules.segmentArchive}")
    @Description("Archives a segment (its name is free again); its snapshots stay.")
    public Uni<@NonNull SegmentPayload> segmentArchive(
            @Name("id") @Id @NonNull @Description("The segment.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SegmentPayload.KIND, () -> {
            long segmentId = GlobalId.decodeAt(id, Segment.TYPE, "id");
            return frame.once(SegmentPayload.KIND, "segmentArchive", idempotencyKey, Call.<Long, SegmentPayload>of(List.of(segmentId,
                    expectedVersion), () -> service.archive(segmentId, expectedVersion), ignored -> Call.Audit.of(null, Map.of("archived", true))));
        });
    }

    @Mutation("segmentSnapshotTake")
    @RolesAllowed("${newretail.rules.segmentSnapshotTake}")
    @Description("Fixes who meets the segment's rule now, within your data scope (one statement); tasks target a snapshot, so reports "
            + "refer to who was actually targeted.")
    public Uni<@NonNull SegmentSnapshotPayload> segmentSnapshotTake(
            @Name("segmentId") @Id @NonNull @Description("The segment.") String segmentId,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SegmentSnapshotPayload.KIND, () -> {
            long segment = GlobalId.decodeAt(segmentId, Segment.TYPE, "segmentId");
            return callerScope.current().chain(scope -> frame.once(SegmentSnapshotPayload.KIND, "segmentSnapshotTake", idempotencyKey,
                    Call.<Long, SegmentSnapshotPayload>of(List.of(segment), () -> service.snapshot(segment,
                            json -> SegmentRules.check(SegmentRules.parse(json)).definition().criteria(), scope, actor()),
                            id -> Call.Audit.of(null, Map.of("segmentId", segmentId)))));
        });
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
