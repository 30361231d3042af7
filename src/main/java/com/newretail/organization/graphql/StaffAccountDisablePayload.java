package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code staffAccountDisable}. */
@Type("StaffAccountDisablePayload")
@Description("Result of `staffAccountDisable`.")
public class StaffAccountDisablePayload extends StaffPayload {

    public StaffAccountDisablePayload(Staff staff, List<OrganizationUserError> userErrors) {
        super(staff, userErrors);
    }
}
