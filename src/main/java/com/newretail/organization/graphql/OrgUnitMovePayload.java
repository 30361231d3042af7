package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitMove}. */
@Type("OrgUnitMovePayload")
@Description("Result of `orgUnitMove`.")
public record OrgUnitMovePayload(@Description(OrgUnit.AFTER_CHANGE) OrgUnit orgUnit,
        @NonNull @Description(OrganizationUserError.NOTHING_CHANGED) List<@NonNull OrganizationUserError> userErrors) {
}
