package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.performance.domain.TargetErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the targets area. */
@Type("TargetUserError")
@Description("Why a sales target mutation did not do what was asked.")
public record TargetUserError(
        @NonNull @Description("Machine-readable reason.") TargetErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"shares\", \"1\", \"amount\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<TargetErrorCode, TargetUserError> AREA = ErrorArea.of(TargetErrorCode.class,
            refusal -> new TargetUserError(refusal.code(), refusal.field(), refusal.message()));
}
