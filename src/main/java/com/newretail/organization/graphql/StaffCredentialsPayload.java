package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of the account mutations that hand out a temporary password. */
@Type("StaffCredentialsPayload")
@Description("Result of `staffAccountProvision` and `staffAccountResetPassword`: the temporary password is shown only here, once.")
public class StaffCredentialsPayload extends StaffPayload {

    private final String temporaryPassword;

    public StaffCredentialsPayload(Staff staff, String temporaryPassword, List<OrganizationUserError> userErrors) {
        super(staff, userErrors);
        this.temporaryPassword = temporaryPassword;
    }

    @Description("Temporary password to hand to the person; they must change it at first sign-in. Never shown again.")
    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
