package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Result of {@code customerScoresRefresh}. */
@Type("CustomersScoredPayload")
@Description("Result of `customerScoresRefresh`: how many members were scored.")
public record CustomersScoredPayload(
        @NonNull @Description("Members whose RFM scores were written.") int scoredCount,
        @NonNull @Description("Why nothing was scored; empty on success.") List<@NonNull CustomerUserError> userErrors) {

    /** Stores the count as the result, so a replayed key answers the same count. */
    static final PayloadKind<Integer, CustomersScoredPayload, CustomerUserError> KIND = new PayloadKind<>(CustomerUserError.AREA,
            (count, errors) -> new CustomersScoredPayload(count == null ? 0 : count, errors), CustomersScoredPayload::userErrors,
            String::valueOf, stored -> Uni.createFrom().item(new CustomersScoredPayload(Integer.parseInt(stored), List.of())));
}
