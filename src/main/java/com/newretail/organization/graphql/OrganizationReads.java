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

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("orgUnit", OrgUnit.TYPE, false, OrganizationReadModels.ORG_UNIT_ALIASES, (arguments, page, scope, args) ->
                OrganizationReadModels.orgUnitsByIds(List.of(GlobalId.decode(arguments.string("id"), OrgUnit.TYPE)), scope, args)),
                new ReadRoot("staffMember", Staff.TYPE, false, OrganizationReadModels.STAFF_ALIASES, (arguments, page, scope, args) ->
                        OrganizationReadModels.staffByIds(List.of(GlobalId.decode(arguments.string("id"), Staff.TYPE)), scope, args)));
    }
}
