package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code staffUpdate}. */
@Type("StaffUpdatePayload")
@Description("Result of `staffUpdate`.")
public class StaffUpdatePayload extends StaffPayload {

    public StaffUpdatePayload(Staff staff, List<OrganizationUserError> userErrors) {
        super(staff, userErrors);
    }
}
