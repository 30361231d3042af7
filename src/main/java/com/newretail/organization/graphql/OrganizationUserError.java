package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.organization.domain.OrganizationErrorCode;
import com.newretail.platform.graphql.AreaUserError;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.Refusal;

/** A userError of the organization area. */
@Type("OrganizationUserError")
@Description("Why an organization mutation did not do what was asked.")
public class OrganizationUserError extends AreaUserError<OrganizationErrorCode> implements UserError {

    public static final ErrorArea<OrganizationErrorCode, OrganizationUserError> AREA = ErrorArea.of(OrganizationErrorCode.class, OrganizationUserError::new);

    public OrganizationUserError(Refusal<OrganizationErrorCode> refusal) {
        super(refusal);
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"code\"]; null when no single field is.")
    public List<@NonNull String> getField() {
        return super.getField();
    }

    @NonNull
    @Description("Machine-readable reason.")
    public OrganizationErrorCode getCode() {
        return code();
    }
}
