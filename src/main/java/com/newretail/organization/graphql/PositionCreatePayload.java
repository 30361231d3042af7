package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code positionCreate}. */
@Type("PositionCreatePayload")
@Description("Result of `positionCreate`.")
public class PositionCreatePayload extends PositionPayload {

    public PositionCreatePayload(Position position, List<OrganizationUserError> userErrors) {
        super(position, userErrors);
    }
}
