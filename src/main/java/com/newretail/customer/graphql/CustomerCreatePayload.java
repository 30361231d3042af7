package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code customerCreate}; the customer is read after the change committed. */
@Type("CustomerCreatePayload")
@Description("Result of `customerCreate`: the new customer, or why nothing was created.")
public class CustomerCreatePayload {

    private final Long customerId;
    private final List<CustomerUserError> userErrors;

    public CustomerCreatePayload(Long customerId, List<CustomerUserError> userErrors) {
        this.customerId = customerId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long customerId() {
        return customerId;
    }

    @NonNull
    @Description("Why nothing was created; empty on success.")
    public List<@NonNull CustomerUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
