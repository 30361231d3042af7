package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a survey. */
@Type("SurveyPayload")
@Description("Result of creating, publishing or closing a survey: the survey as it is now, or why nothing changed.")
public record SurveyPayload(
        @Ignore Long surveyId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull SurveyUserError> userErrors) {

    static final PayloadKind<Long, SurveyPayload, SurveyUserError> KIND = PayloadKind.ofId(SurveyUserError.AREA, Survey.TYPE, SurveyPayload::new,
            SurveyPayload::userErrors);
}
