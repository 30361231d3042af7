package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a cart; the cart itself is read after the change committed. */
@Type("CartPayload")
@Description("Result of a mutation of a cart: the cart as it is now, or why nothing was changed.")
public record CartPayload(
        @Ignore Long cartId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull RetailUserError> userErrors) {

    static final PayloadKind<Long, CartPayload, RetailUserError> KIND = PayloadKind.ofId(RetailUserError.AREA, Cart.TYPE, CartPayload::new,
            CartPayload::userErrors);
}
