package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a cart; the cart itself is read after the change committed. */
@Type("CartPayload")
@Description("Result of a mutation of a cart: the cart as it is now, or why nothing was changed.")
public class CartPayload {

    private final Long cartId;
    private final List<RetailUserError> userErrors;

    public CartPayload(Long cartId, List<RetailUserError> userErrors) {
        this.cartId = cartId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long cartId() {
        return cartId;
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
