package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What every org unit mutation returns: the unit as it now is, or the userErrors. */
public abstract class OrgUnitPayload {

    private final OrgUnit orgUnit;
    private final List<OrganizationUserError> userErrors;

    protected OrgUnitPayload(OrgUnit orgUnit, List<OrganizationUserError> userErrors) {
        this.orgUnit = orgUnit;
        this.userErrors = userErrors;
    }

    @Description("The org unit after the change; null when there are userErrors.")
    public OrgUnit getOrgUnit() {
        return orgUnit;
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
