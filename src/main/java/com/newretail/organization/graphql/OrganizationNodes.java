package com.newretail.organization.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for staff members and positions, through their own queries (and so their role rules). */
@Singleton
public class OrganizationNodes {

    @Produces
    @Singleton
    NodeLoader staff(StaffQueries queries) {
        return NodeLoader.of(Staff.TYPE, id -> queries.staffMember(GlobalId.encode(Staff.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader positions(PositionGraphQL queries) {
        return NodeLoader.of(Position.TYPE, id -> queries.position(GlobalId.encode(Position.TYPE, id)));
    }
}
