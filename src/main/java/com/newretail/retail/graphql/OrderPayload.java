package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of an order; the order itself is read after the change committed. */
@Type("OrderPayload")
@Description("Result of a mutation of an order: the order as it is now, or why nothing was changed.")
public class OrderPayload {

    private final Long orderId;
    private final List<RetailUserError> userErrors;

    public OrderPayload(Long orderId, List<RetailUserError> userErrors) {
        this.orderId = orderId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long orderId() {
        return orderId;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull RetailUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
