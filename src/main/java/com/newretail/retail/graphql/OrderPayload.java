package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of an order; the order itself is read after the change committed. */
@Type("OrderPayload")
@Description("Result of a mutation of an order: the order as it is now, or why nothing was changed.")
public record OrderPayload(
        @Ignore Long orderId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull RetailUserError> userErrors) {

    static final PayloadKind<Long, OrderPayload, RetailUserError> KIND = PayloadKind.ofId(RetailUserError.AREA, Order.TYPE, OrderPayload::new,
            OrderPayload::userErrors);
}
