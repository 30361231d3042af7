package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitDelete}. */
@Type("OrgUnitDeletePayload")
@Description("Result of `orgUnitDelete`.")
public class OrgUnitDeletePayload {

    private final String deletedOrgUnitId;
    private final List<OrganizationUserError> userErrors;

    public OrgUnitDeletePayload(String deletedOrgUnitId, List<OrganizationUserError> userErrors) {
        this.deletedOrgUnitId = deletedOrgUnitId;
        this.userErrors = userErrors;
    }

    @Id
    @Description("ID of the deleted unit; null when there are userErrors.")
    public String getDeletedOrgUnitId() {
        return deletedOrgUnitId;
    }

    @NonNull
    @Description("Why nothing was deleted; empty on success.")
    public List<@NonNull OrganizationUserError> getUserErrors() {
        return userErrors;
    }

    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
