package com.newretail.organization.domain;

import org.eclipse.microprofile.graphql.Description;

/** Employment status of a staff member. */
@Description("Whether a staff member currently works here.")
public enum StaffStatus {
    @Description("Employed; may hold an active account.")
    ACTIVE,
    @Description("Left or suspended; their account is disabled.")
    INACTIVE
}
