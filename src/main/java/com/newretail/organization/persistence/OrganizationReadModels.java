package com.newretail.organization.persistence;

import java.util.List;
import java.util.Set;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of org units and staff: the planner's statements and the readers' lookups by id.
 * Only an org unit's own columns are declared: {@code parent}, {@code ancestors} and {@code children}
 * depend on the caller's scope per unit, so a query selecting them is answered by the resolvers; so is
 * a staff member's {@code position}.
 */
public final class OrganizationReadModels {

    public static final ReadModel ORG_UNIT = ReadModel.of("OrgUnit", "org_unit u", "u.id")
            .id("id")
            .scalar("code", "u.code", Codec.STRING)
            .scalar("name", "u.name", Codec.STRING)
            .scalar("type", "u.type", Codec.ENUM)
            .scalar("depth", "u.depth", Codec.INT)
            .scalar("createdAt", "u.created_at", Codec.DATE_TIME)
            .scalar("updatedAt", "u.updated_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel STAFF = ReadModel.of("Staff", "staff sf", "sf.id")
            .id("id")
            .scalar("employeeNumber", "sf.employee_number", Codec.STRING)
            .scalar("name", "sf.name", Codec.STRING)
            .scalar("mobile", "sf.mobile", Codec.STRING)
            .scalar("email", "sf.email", Codec.STRING)
            .scalar("hireDate", "sf.hire_date", Codec.DATE)
            .scalar("status", "sf.status", Codec.ENUM)
            .scalar("accountUsername", "sf.account_username", Codec.STRING)
            .scalar("accountStatus", "sf.account_status", Codec.ENUM)
            .scalar("createdAt", "sf.created_at", Codec.DATE_TIME)
            .scalar("updatedAt", "sf.updated_at", Codec.DATE_TIME)
            .one("orgUnit", "OrgUnit", "sf.org_unit_id")
            .build();

    /** The aliases of {@link #staffByIds}'s FROM. */
    public static final Set<String> STAFF_ALIASES = Set.of("sf", "ou");

    /** The aliases of {@link #orgUnitsByIds}'s FROM. */
    public static final Set<String> ORG_UNIT_ALIASES = Set.of("u");

    private OrganizationReadModels() {
    }

    /** Org units by id that the scope sees. */
    public static ReadRoot.Selection orgUnitsByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection("org_unit u", "u.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND "
                + scope.predicate("u.path", null, args), null, List.of());
    }

    /** Staff members by id that the scope sees (by their org unit, or themselves for a SELF scope). */
    public static ReadRoot.Selection staffByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection("staff sf JOIN org_unit ou ON ou.id = sf.org_unit_id", "sf.id = ANY(" + args.add(ids.toArray(Long[]::new))
                + ") AND " + scope.predicate("ou.path", "sf.id", args), null, List.of());
    }
}
