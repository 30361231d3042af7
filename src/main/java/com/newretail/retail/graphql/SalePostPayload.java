package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of {@code salePost}; the order is read after the sale committed. */
@Type("SalePostPayload")
@Description("Result of `salePost`: the completed order with its receipt, or why nothing was sold.")
public record SalePostPayload(
        @Ignore Long orderId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull RetailUserError> userErrors) {

    static final PayloadKind<Long, SalePostPayload, RetailUserError> KIND = PayloadKind.ofId(RetailUserError.AREA, Order.TYPE,
            SalePostPayload::new, SalePostPayload::userErrors);
}
