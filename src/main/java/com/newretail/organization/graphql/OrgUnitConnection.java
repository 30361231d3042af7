package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of org units. */
@Type("OrgUnitConnection")
@Description("A page of org units.")
public class OrgUnitConnection {

    private final List<OrgUnitEdge> edges;
    private final PageInfo pageInfo;

    public OrgUnitConnection(List<OrgUnitEdge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The units on this page, in order.")
    public List<@NonNull OrgUnitEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more units follow, and the cursors to get them.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
