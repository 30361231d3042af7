package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a customer; the customer is read after the change committed. */
@Type("CustomerPayload")
@Description("Result of a change of a customer: the customer as it is now, or why nothing changed.")
public record CustomerPayload(
        @Ignore Long customerId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull CustomerUserError> userErrors) {

    static final PayloadKind<Long, CustomerPayload, CustomerUserError> KIND = PayloadKind.ofId(CustomerUserError.AREA, Customer.TYPE,
            CustomerPayload::new, CustomerPayload::userErrors);
}
