package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a return; the return itself is read after the change committed. */
@Type("OrderReturnPayload")
@Description("Result of a mutation of a return: the return as it is now, or why nothing was changed.")
public record OrderReturnPayload(
        @Ignore Long returnId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull RetailUserError> userErrors) {

    static final PayloadKind<Long, OrderReturnPayload, RetailUserError> KIND = PayloadKind.ofId(RetailUserError.AREA, OrderReturn.TYPE, OrderReturnPayload::new,
            OrderReturnPayload::userErrors);
}
