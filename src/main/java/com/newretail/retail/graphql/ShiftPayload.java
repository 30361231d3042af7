package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a shift; the shift itself is read after the change committed. */
@Type("ShiftPayload")
@Description("Result of a mutation of a shift: the shift as it is now, or why nothing was changed.")
public class ShiftPayload {

    private final Long shiftId;
    private final List<RetailUserError> userErrors;

    public ShiftPayload(Long shiftId, List<RetailUserError> userErrors) {
        this.shiftId = shiftId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long shiftId() {
        return shiftId;
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
