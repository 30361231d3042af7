package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of taking a snapshot. */
@Type("SegmentSnapshotPayload")
@Description("Result of taking a segment snapshot: the snapshot, or why none was taken.")
public record SegmentSnapshotPayload(
        @Ignore Long snapshotId,
        @NonNull @Description("Why nothing was taken; empty on success.") List<@NonNull SegmentUserError> userErrors) {

    static final PayloadKind<Long, SegmentSnapshotPayload, SegmentUserError> KIND = PayloadKind.ofId(SegmentUserError.AREA, SegmentSnapshot.TYPE,
            SegmentSnapshotPayload::new, SegmentSnapshotPayload::userErrors);
}
