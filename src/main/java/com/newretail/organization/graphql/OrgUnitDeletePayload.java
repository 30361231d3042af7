package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitDelete}. */
@Type("OrgUnitDeletePayload")
@Description("Result of `orgUnitDelete`.")
public record OrgUnitDeletePayload(@Id @Description("ID of the deleted unit; null when there are userErrors.") String deletedOrgUnitId,
        @NonNull @Description("Why nothing was deleted; empty on success.") List<@NonNull OrganizationUserError> userErrors) {
}
