package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code staffCreate}. */
@Type("StaffCreatePayload")
@Description("Result of `staffCreate`.")
public class StaffCreatePayload extends StaffPayload {

    public StaffCreatePayload(Staff staff, List<OrganizationUserError> userErrors) {
        super(staff, userErrors);
    }
}
