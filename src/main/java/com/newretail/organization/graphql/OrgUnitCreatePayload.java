package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitCreate}. */
@Type("OrgUnitCreatePayload")
@Description("Result of `orgUnitCreate`.")
public record OrgUnitCreatePayload(@Description(OrgUnit.AFTER_CHANGE) OrgUnit orgUnit,
        @NonNull @Description(OrganizationUserError.NOTHING_CHANGED) List<@NonNull OrganizationUserError> userErrors) {
}
