package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Result of {@code customersReassign}. */
@Type("CustomersReassignPayload")
@Description("Result of `customersReassign`: how many customers moved, or why none did.")
public record CustomersReassignPayload(
        @NonNull @Description("Customers moved to the new home store and/or guide.") int reassignedCount,
        @NonNull @Description("Why nothing moved; empty on success.") List<@NonNull CustomerUserError> userErrors) {

    /** Stores the count as the result, so a replayed key answers the same count. */
    static final PayloadKind<Integer, CustomersReassignPayload, CustomerUserError> KIND = new PayloadKind<>(CustomerUserError.AREA,
            (count, errors) -> new CustomersReassignPayload(count == null ? 0 : count, errors), CustomersReassignPayload::userErrors,
            String::valueOf, stored -> Uni.createFrom().item(new CustomersReassignPayload(Integer.parseInt(stored), List.of())));
}
