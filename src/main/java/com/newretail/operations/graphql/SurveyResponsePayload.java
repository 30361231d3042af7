package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Result of answering a survey. */
@Type("SurveyResponsePayload")
@Description("Result of entering a member's answers: the response's ID, or why nothing was recorded.")
public record SurveyResponsePayload(
        @Id @Description("The response; null when there are userErrors.") String responseId,
        @NonNull @Description("Why nothing was recorded; empty on success.") List<@NonNull SurveyUserError> userErrors) {

    static final String RESPONSE_TYPE = "SurveyResponse";

    static final PayloadKind<Long, SurveyResponsePayload, SurveyUserError> KIND = new PayloadKind<>(SurveyUserError.AREA,
            (id, errors) -> new SurveyResponsePayload(id == null ? null : GlobalId.encode(RESPONSE_TYPE, id), errors),
            SurveyResponsePayload::userErrors, id -> GlobalId.encode(RESPONSE_TYPE, id),
            stored -> Uni.createFrom().item(new SurveyResponsePayload(stored, List.of())));
}
