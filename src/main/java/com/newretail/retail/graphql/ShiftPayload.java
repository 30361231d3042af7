package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a shift; the shift itself is read after the change committed. */
@Type("ShiftPayload")
@Description("Result of a mutation of a shift: the shift as it is now, or why nothing was changed.")
public record ShiftPayload(
        @Ignore Long shiftId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull RetailUserError> userErrors) {

    static final PayloadKind<Long, ShiftPayload, RetailUserError> KIND = PayloadKind.ofId(RetailUserError.AREA, Shift.TYPE, ShiftPayload::new,
            ShiftPayload::userErrors);
}
