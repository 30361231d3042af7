package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Options of {@code staffAccountProvision}. */
@Input("StaffAccountInput")
@Description("How to create a staff member's account. Both fields are optional.")
public class StaffAccountInput {

    @Description("Keycloak username (3-64 lower-case letters, digits, '.', '_', '-'). Default: the employee number in lower case.")
    public String username;

    @Description("Temporary password (8-128 characters). Default: a generated one, returned in the payload.")
    public String temporaryPassword;
}
