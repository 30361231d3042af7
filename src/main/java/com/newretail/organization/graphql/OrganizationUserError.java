package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.organization.domain.OrganizationErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the organization area. */
@Type("OrganizationUserError")
@Description("Why an organization mutation did not do what was asked.")
public record OrganizationUserError(
        @NonNull @Description("Machine-readable reason.") OrganizationErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"code\"]; null when no single field is.") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    static final String NOTHING_CHANGED = "Why nothing was changed; empty on success.";

    public static final ErrorArea<OrganizationErrorCode, OrganizationUserError> AREA = ErrorArea.of(OrganizationErrorCode.class,
            refusal -> new OrganizationUserError(refusal.code(), refusal.field(), refusal.message()));
}
