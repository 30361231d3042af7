package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of `cartCheckout`; the order is read after the sale committed. */
@Type("CheckoutPayload")
@Description("Result of `cartCheckout`: the order with its receipt, or why nothing was sold.")
public class CheckoutPayload {

    private final Long orderId;
    private final List<RetailUserError> userErrors;

    public CheckoutPayload(Long orderId, List<RetailUserError> userErrors) {
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
