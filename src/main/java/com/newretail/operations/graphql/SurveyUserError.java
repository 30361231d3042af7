package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.survey.SurveyErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the surveys area. */
@Type("SurveyUserError")
@Description("Why a survey mutation did not do what was asked.")
public record SurveyUserError(
        @NonNull @Description("Machine-readable reason.") SurveyErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"answers\", \"2\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<SurveyErrorCode, SurveyUserError> AREA = ErrorArea.of(SurveyErrorCode.class,
            refusal -> new SurveyUserError(refusal.code(), refusal.field(), refusal.message()));
}
