package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code staffAccountDisable}. */
@Type("StaffAccountDisablePayload")
@Description("Result of `staffAccountDisable`.")
public record StaffAccountDisablePayload(@Description(Staff.AFTER_CHANGE) Staff staff,
        @NonNull @Description(OrganizationUserError.NOTHING_CHANGED) List<@NonNull OrganizationUserError> userErrors) {
}
