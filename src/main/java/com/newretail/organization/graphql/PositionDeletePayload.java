package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code positionDelete}. */
@Type("PositionDeletePayload")
@Description("Result of `positionDelete`.")
public class PositionDeletePayload extends PositionPayload {

    public PositionDeletePayload(Position position, List<OrganizationUserError> userErrors) {
        super(position, userErrors);
    }
}
