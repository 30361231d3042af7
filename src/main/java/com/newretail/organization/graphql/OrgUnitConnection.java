package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of org units. */
@Type("OrgUnitConnection")
@Description("A page of org units.")
public record OrgUnitConnection(
        @NonNull @Description("The units on this page, in order.") List<@NonNull OrgUnitEdge> edges,
        @NonNull @Description("Whether more units follow, and the cursors to get them.") PageInfo pageInfo) {
}
