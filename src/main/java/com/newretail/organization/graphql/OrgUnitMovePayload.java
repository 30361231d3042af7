package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitMove}. */
@Type("OrgUnitMovePayload")
@Description("Result of `orgUnitMove`.")
public class OrgUnitMovePayload extends OrgUnitPayload {

    public OrgUnitMovePayload(OrgUnit orgUnit, List<OrganizationUserError> userErrors) {
        super(orgUnit, userErrors);
    }
}
