package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.organization.domain.OrganizationProblem;
import com.newretail.organization.domain.OrganizationErrorCode;
import com.newretail.platform.graphql.UserError;

/** A userError of the organization area. */
@Type("OrganizationUserError")
@Description("Why an organization mutation did not do what was asked.")
public class OrganizationUserError implements UserError {

    private final List<String> field;
    private final String message;
    private final OrganizationErrorCode code;

    public OrganizationUserError(List<String> field, String message, OrganizationErrorCode code) {
        this.field = field;
        this.message = message;
        this.code = code;
    }

    static OrganizationUserError of(OrganizationProblem problem) {
        return new OrganizationUserError(problem.field(), problem.message(), problem.code());
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"code\"]; null when no single field is.")
    public List<@NonNull String> getField() {
        return field;
    }

    @Override
    @NonNull
    @Description("What went wrong, in words a user can act on.")
    public String getMessage() {
        return message;
    }

    @NonNull
    @Description("Machine-readable reason.")
    public OrganizationErrorCode getCode() {
        return code;
    }
}
