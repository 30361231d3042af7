package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code staffDeactivate}. */
@Type("StaffDeactivatePayload")
@Description("Result of `staffDeactivate`.")
public class StaffDeactivatePayload extends StaffPayload {

    public StaffDeactivatePayload(Staff staff, List<OrganizationUserError> userErrors) {
        super(staff, userErrors);
    }
}
