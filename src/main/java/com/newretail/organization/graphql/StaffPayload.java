package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What every staff mutation returns. */
public abstract class StaffPayload {

    private final Staff staff;
    private final List<OrganizationUserError> userErrors;

    protected StaffPayload(Staff staff, List<OrganizationUserError> userErrors) {
        this.staff = staff;
        this.userErrors = userErrors;
    }

    @Description("The staff member after the change; null when there are userErrors.")
    public Staff getStaff() {
        return staff;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull OrganizationUserError> getUserErrors() {
        return userErrors;
    }

    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
