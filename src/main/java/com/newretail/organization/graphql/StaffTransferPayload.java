package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code staffTransfer}. */
@Type("StaffTransferPayload")
@Description("Result of `staffTransfer`.")
public class StaffTransferPayload extends StaffPayload {

    public StaffTransferPayload(Staff staff, List<OrganizationUserError> userErrors) {
        super(staff, userErrors);
    }
}
