package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of proposing or deciding a target adjustment. */
@Type("TargetAdjustmentPayload")
@Description("Result of proposing or deciding a target adjustment: the proposal as it is now, or why nothing changed.")
public record TargetAdjustmentPayload(
        @Ignore Long adjustmentId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull TargetUserError> userErrors) {

    static final PayloadKind<Long, TargetAdjustmentPayload, TargetUserError> KIND = PayloadKind.ofId(TargetUserError.AREA, TargetAdjustment.TYPE,
            TargetAdjustmentPayload::new, TargetAdjustmentPayload::userErrors);
}
