package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the account mutations that hand out a temporary password. */
@Type("StaffCredentialsPayload")
@Description("Result of `staffAccountProvision` and `staffAccountResetPassword`: the temporary password is shown only here, once.")
public record StaffCredentialsPayload(@Description(Staff.AFTER_CHANGE) Staff staff,
        @Description("Temporary password to hand to the person; they must change it at first sign-in. Never shown again.") String temporaryPassword,
        @NonNull @Description(OrganizationUserError.NOTHING_CHANGED) List<@NonNull OrganizationUserError> userErrors) {
}
