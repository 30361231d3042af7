package com.newretail.organization.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay edge of an org unit list. */
@Type("OrgUnitEdge")
@Description("An org unit in a list, with its cursor.")
public record OrgUnitEdge(
        @NonNull @Description("The org unit.") OrgUnit node,
        @NonNull @Description("Pass as `after` to continue the list after this unit.") String cursor) {
}
