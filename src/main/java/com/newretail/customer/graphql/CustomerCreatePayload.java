package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of {@code customerCreate}; the customer is read after the change committed. */
@Type("CustomerCreatePayload")
@Description("Result of `customerCreate`: the new customer, or why nothing was created.")
public record CustomerCreatePayload(
        @Ignore Long customerId,
        @NonNull @Description("Why nothing was created; empty on success.") List<@NonNull CustomerUserError> userErrors) {

    static final PayloadKind<Long, CustomerCreatePayload, CustomerUserError> KIND = PayloadKind.ofId(CustomerUserError.AREA,
            Customer.TYPE, CustomerCreatePayload::new, CustomerCreatePayload::userErrors);
}
