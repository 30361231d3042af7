package com.newretail.organization.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.graphql.NodeLoader;
import com.newretail.platform.security.OperationRules;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Resolves {@code node(id:)} for org units, with the same role rule as {@code orgUnit(id:)}. */
@ApplicationScoped
public class OrgUnitNodeLoader implements NodeLoader {

    private final OrgUnitReader reader;
    private final SecurityIdentity identity;
    private final CallerScope callerScope;
    private final OperationRules rules;

    public OrgUnitNodeLoader(OrgUnitReader reader, SecurityIdentity identity, CallerScope callerScope,
            OperationRules rules) {
        this.reader = reader;
        this.identity = identity;
        this.callerScope = callerScope;
        this.rules = rules;
    }

    @Override
    public String type() {
        return OrgUnit.TYPE;
    }

    @Override
    public Uni<? extends Node> load(long id) {
        rules.require("orgUnit", identity);
        return callerScope.current().chain(scope -> reader.byIds(List.of(id), scope)).map(rows -> rows.isEmpty() ? null : new OrgUnit(rows.get(0)));
    }
}
