package com.newretail.organization.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.domain.OrgUnitType;
import com.newretail.organization.domain.StaffStatus;
import com.newretail.organization.persistence.OrgUnitQuery;
import com.newretail.organization.persistence.OrganizationReadModels;
import com.newretail.organization.persistence.StaffQuery;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.Keyset;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The organization module's part of the planner: org units, staff and positions, by id and in pages. */
@ApplicationScoped
class OrganizationReads implements ReadModelSource {

    private static final Set<String> STAFF_FILTER_FIELDS = Set.of("orgUnitId", "includeDescendants", "positionId", "status", "search");
    private static final Set<String> FILTER_FIELDS = Set.of("type", "parentId", "descendantOf", "nameContains");

    @Override
    public List<ReadModel> readModels() {
        return List.of(OrganizationReadModels.ORG_UNIT, OrganizationReadModels.STAFF, OrganizationReadModels.POSITION);
    }

    /** {@code node(id:)} of org units and staff, as their node loaders read them (with the same rules). */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(OrgUnit.TYPE, "orgUnit", OrganizationReadModels.ORG_UNIT_ALIASES,
                (id, scope, args) -> OrganizationReadModels.orgUnitsByIds(List.of(id), scope, args)),
                new NodeRead(Staff.TYPE, "staffMember", OrganizationReadModels.STAFF_ALIASES,
                        (id, scope, args) -> OrganizationReadModels.staffByIds(List.of(id), scope, args)),
                new NodeRead(Position.TYPE, "position", OrganizationReadModels.POSITION_ALIASES,
                        (id, scope, args) -> OrganizationReadModels.positionsByIds(List.of(id), args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("orgUnit", OrgUnit.TYPE, false, OrganizationReadModels.ORG_UNIT_ALIASES, (arguments, page, scope, args) ->
                OrganizationReadModels.orgUnitsByIds(List.of(GlobalId.decode(arguments.string("id"), OrgUnit.TYPE)), scope, args)),
                new ReadRoot("orgUnits", OrgUnit.TYPE, true, OrganizationReadModels.ORG_UNIT_ALIASES, OrganizationReads::orgUnits),
                new ReadRoot("staffMembers", Staff.TYPE, true, OrganizationReadModels.STAFF_ALIASES, OrganizationReads::staffMembers),
                new ReadRoot("staffMember", Staff.TYPE, false, OrganizationReadModels.STAFF_ALIASES, (arguments, page, scope, args) ->
                        OrganizationReadModels.staffByIds(List.of(GlobalId.decode(arguments.string("id"), Staff.TYPE)), scope, args)),
                new ReadRoot("position", Position.TYPE, false, OrganizationReadModels.POSITION_ALIASES, (arguments, page, scope, args) ->
                        OrganizationReadModels.positionsByIds(List.of(GlobalId.decode(arguments.string("id"), Position.TYPE)), args)),
                new ReadRoot("positions", Position.TYPE, true, OrganizationReadModels.POSITION_ALIASES, (arguments, page, scope, args) ->
                        OrganizationReadModels.positions(page.afterKey(), args)));
    }

    /** As {@code OrgUnitQueries.orgUnits}: the filter's IDs decoded the same way, the sort's column then id as the cursor. */
    private static ReadRoot.Selection orgUnits(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !FILTER_FIELDS.containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        OrgUnitQuery.Order order = "CODE".equals(arguments.string("sortBy")) ? OrgUnitQuery.Order.CODE : OrgUnitQuery.Order.NAME;
        OrgUnitQuery query = where == null ? new OrgUnitQuery(null, null, null, null, order)
                : new OrgUnitQuery(where.string("type") == null ? null : OrgUnitType.valueOf(where.string("type")),
                        where.string("parentId") == null ? null : GlobalId.decode(where.string("parentId"), OrgUnit.TYPE),
                        where.string("descendantOf") == null ? null : GlobalId.decode(where.string("descendantOf"), OrgUnit.TYPE),
                        where.string("nameContains"), order);
        Keyset position = Keyset.after(page);
        return OrganizationReadModels.orgUnits(query, scope, Keyset.keyOf(position), Keyset.idOf(position), args);
    }

    /** As {@code StaffQueries.staffMembers}: by name then id, the filter's IDs decoded the same way. */
    private static ReadRoot.Selection staffMembers(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !STAFF_FILTER_FIELDS.containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        StaffQuery query = where == null ? new StaffQuery(null, false, null, null, null)
                : new StaffQuery(where.string("orgUnitId") == null ? null : GlobalId.decode(where.string("orgUnitId"), OrgUnit.TYPE),
                        Boolean.TRUE.equals(where.bool("includeDescendants")),
                        where.string("positionId") == null ? null : GlobalId.decode(where.string("positionId"), Position.TYPE),
                        where.string("status") == null ? null : StaffStatus.valueOf(where.string("status")), where.string("search"));
        Keyset position = Keyset.after(page);
        return OrganizationReadModels.staff(query, scope, Keyset.keyOf(position), Keyset.idOf(position), args);
    }
}
