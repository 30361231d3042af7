package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code positionUpdate}. */
@Type("PositionUpdatePayload")
@Description("Result of `positionUpdate`.")
public record PositionUpdatePayload(@Description(Position.AFTER_CHANGE) Position position,
        @NonNull @Description(OrganizationUserError.NOTHING_CHANGED) List<@NonNull OrganizationUserError> userErrors) {
}
