package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.SegmentErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the segments area. */
@Type("SegmentUserError")
@Description("Why a segment mutation did not do what was asked.")
public record SegmentUserError(
        @NonNull @Description("Machine-readable reason.") SegmentErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"rule\", \"all\", \"1\", \"tag\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<SegmentErrorCode, SegmentUserError> AREA = ErrorArea.of(SegmentErrorCode.class,
            refusal -> new SegmentUserError(refusal.code(), refusal.field(), refusal.message()));
}
