package com.newretail.organization.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.graphql.NodeLoader;
import com.newretail.platform.security.Access;
import com.newretail.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Resolves {@code node(id:)} for org units, with the same role rule as {@code orgUnit(id:)}. */
@ApplicationScoped
public class OrgUnitNodeLoader implements NodeLoader {

    private final OrgUnitReader reader;
    private final SecurityIdentity identity;

    public OrgUnitNodeLoader(OrgUnitReader reader, SecurityIdentity identity) {
        this.reader = reader;
        this.identity = identity;
    }

    @Override
    public String type() {
        return OrgUnit.TYPE;
    }

    @Override
    public Uni<? extends Node> load(long id) {
        Access.requireAnyRole(identity, Roles.ALL);
        return reader.byIds(List.of(id)).map(rows -> rows.isEmpty() ? null : new OrgUnit(rows.get(0)));
    }
}
