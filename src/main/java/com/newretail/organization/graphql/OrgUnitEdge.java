package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay edge of an org unit list. */
@Type("OrgUnitEdge")
@Description("An org unit in a list, with its cursor.")
public class OrgUnitEdge {

    private final OrgUnit node;
    private final String cursor;

    public OrgUnitEdge(OrgUnit node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }

    @NonNull
    @Description("The org unit.")
    public OrgUnit getNode() {
        return node;
    }

    @NonNull
    @Description("Pass as `after` to continue the list after this unit.")
    public String getCursor() {
        return cursor;
    }
}
