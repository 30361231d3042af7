package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitUpdate}. */
@Type("OrgUnitUpdatePayload")
@Description("Result of `orgUnitUpdate`.")
public class OrgUnitUpdatePayload extends OrgUnitPayload {

    public OrgUnitUpdatePayload(OrgUnit orgUnit, List<OrganizationUserError> userErrors) {
        super(orgUnit, userErrors);
    }
}
