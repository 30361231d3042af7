package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code positionUpdate}. */
@Type("PositionUpdatePayload")
@Description("Result of `positionUpdate`.")
public class PositionUpdatePayload extends PositionPayload {

    public PositionUpdatePayload(Position position, List<OrganizationUserError> userErrors) {
        super(position, userErrors);
    }
}
