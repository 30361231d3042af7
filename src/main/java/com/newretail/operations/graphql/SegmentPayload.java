package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a segment. */
@Type("SegmentPayload")
@Description("Result of creating, changing or archiving a segment: the segment as it is now, or why nothing changed.")
public record SegmentPayload(
        @Ignore Long segmentId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull SegmentUserError> userErrors) {

    static final PayloadKind<Long, SegmentPayload, SegmentUserError> KIND = PayloadKind.ofId(SegmentUserError.AREA, Segment.TYPE,
            SegmentPayload::new, SegmentPayload::userErrors);
}
