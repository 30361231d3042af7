package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a send. */
@Type("SmsBatchPayload")
@Description("Result of `smsSend`: the batch with its texts queued, or why nothing was queued.")
public record SmsBatchPayload(
        @Ignore Long batchId,
        @NonNull @Description("Why nothing was queued; empty on success.") List<@NonNull SmsUserError> userErrors) {

    static final PayloadKind<Long, SmsBatchPayload, SmsUserError> KIND = PayloadKind.ofId(SmsUserError.AREA, SmsBatch.TYPE,
            SmsBatchPayload::new, SmsBatchPayload::userErrors);
}
