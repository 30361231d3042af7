package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a return; the return itself is read after the change committed. */
@Type("OrderReturnPayload")
@Description("Result of a mutation of a return: the return as it is now, or why nothing was changed.")
public class OrderReturnPayload {

    private final Long returnId;
    private final List<RetailUserError> userErrors;

    public OrderReturnPayload(Long returnId, List<RetailUserError> userErrors) {
        this.returnId = returnId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long returnId() {
        return returnId;
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
