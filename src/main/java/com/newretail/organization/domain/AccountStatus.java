package com.newretail.organization.domain;

import org.eclipse.microprofile.graphql.Description;

/** State of a staff member's Keycloak account. */
@Description("Whether a staff member can sign in.")
public enum AccountStatus {
    @Description("No account has been provisioned.")
    NONE,
    @Description("A Keycloak user exists and is enabled.")
    ACTIVE,
    @Description("The Keycloak user exists but is disabled.")
    DISABLED
}
