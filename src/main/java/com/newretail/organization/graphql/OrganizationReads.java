package com.newretail.organization.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.OrganizationReadModels;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;

/** The organization module's part of the planner: org units and staff, {@code orgUnit(id:)} and {@code staffMember(id:)}. */
@ApplicationScoped
class OrganizationReads implements ReadModelSource {

    @Override
    public List<ReadModel> readModels() {
        return List.of(OrganizationReadModels.ORG_UNIT, OrganizationReadModels.STAFF);
    }

    /** {@code node(id:)} of org units and staff, as their node loaders read them (with the same rules). */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(OrgUnit.TYPE, "orgUnit", OrganizationReadModels.ORG_UNIT_ALIASES,
                (id, scope, args) -> OrganizationReadModels.orgUnitsByIds(List.of(id), scope, args)),
                new NodeRead(Staff.TYPE, "staffMember", OrganizationReadModels.STAFF_ALIASES,
                        (id, scope, args) -> OrganizationReadModels.staffByIds(List.of(id), scope, args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("orgUnit", OrgUnit.TYPE, false, OrganizationReadModels.ORG_UNIT_ALIASES, (arguments, page, scope, args) ->
                OrganizationReadModels.orgUnitsByIds(List.of(GlobalId.decode(arguments.string("id"), OrgUnit.TYPE)), scope, args)),
                new ReadRoot("staffMember", Staff.TYPE, false, OrganizationReadModels.STAFF_ALIASES, (arguments, page, scope, args) ->
                        OrganizationReadModels.staffByIds(List.of(GlobalId.decode(arguments.string("id"), Staff.TYPE)), scope, args)));
    }
}
