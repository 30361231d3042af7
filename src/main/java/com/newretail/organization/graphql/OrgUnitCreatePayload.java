package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code orgUnitCreate}. */
@Type("OrgUnitCreatePayload")
@Description("Result of `orgUnitCreate`.")
public class OrgUnitCreatePayload extends OrgUnitPayload {

    public OrgUnitCreatePayload(OrgUnit orgUnit, List<OrganizationUserError> userErrors) {
        super(orgUnit, userErrors);
    }
}
