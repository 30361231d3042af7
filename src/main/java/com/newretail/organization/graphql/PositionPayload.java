package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What every position mutation returns. */
public abstract class PositionPayload {

    private final Position position;
    private final List<OrganizationUserError> userErrors;

    protected PositionPayload(Position position, List<OrganizationUserError> userErrors) {
        this.position = position;
        this.userErrors = userErrors;
    }

    @Description("The position after the change (as it was, for a deletion); null when there are userErrors.")
    public Position getPosition() {
        return position;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull OrganizationUserError> getUserErrors() {
        return userErrors;
    }

    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
