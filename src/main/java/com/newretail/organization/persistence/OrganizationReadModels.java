package com.newretail.organization.persistence;

import java.util.List;
import java.util.Set;

import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of org units and staff: the planner's statements and the readers' lookups by id.
 * Only an org unit's own columns are declared: {@code parent}, {@code ancestors} and {@code children}
 * depend on the caller's scope per unit, so a query selecting them is answered by the resolvers.
 * Positions are not scoped: every caller allowed to read them sees all.
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
            .one("position", "Position", "sf.position_id")
            .build();

    public static final ReadModel POSITION = ReadModel.of("Position", "position pn", "pn.id")
            .id("id")
            .scalar("code", "pn.code", Codec.STRING)
            .scalar("name", "pn.name", Codec.STRING)
            .scalar("description", "pn.description", Codec.STRING)
            .scalar("realmRoles", "pn.realm_roles", Codec.STRING_LIST)
            .scalar("dataScope", "pn.data_scope", Codec.ENUM)
            .build();

    /** The aliases of {@link #positions}' FROM. */
    public static final Set<String> POSITION_ALIASES = Set.of("pn");

    /** Staff with their org unit, whose path places them in a scope. */
    private static final String STAFF_FROM = "staff sf JOIN org_unit ou ON ou.id = sf.org_unit_id";

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

    /**
     * Org units within the scope, filtered, in the query's order (its column, then id) after the
     * cursor's {@code afterKey}/{@code afterId}.
     */
    public static ReadRoot.Selection orgUnits(OrgUnitQuery query, DataScope scope, String afterKey, Long afterId, SqlArgs args) {
        String column = "u." + query.order().column;
        StringBuilder where = new StringBuilder(scope.predicate("u.path", null, args));
        if (query.type() != null) {
            where.append(" AND u.type = ").append(args.add(query.type().name()));
        }
        if (query.parentId() != null) {
            where.append(" AND u.parent_id = ").append(args.add(query.parentId()));
        }
        if (query.descendantOf() != null) {
            String ancestor = args.add(query.descendantOf());
            where.append(" AND u.id <> ").append(ancestor)
                    .append(" AND u.path LIKE (SELECT path FROM org_unit WHERE id = ").append(ancestor).append(") || '%'");
        }
        String nameContains = escapeLike(query.nameContains());
        if (nameContains != null) {
            where.append(" AND u.name ILIKE '%' || ").append(args.add(nameContains)).append(" || '%'");
        }
        if (afterId != null) {
            where.append(" AND (").append(column).append(", u.id) > (").append(args.add(afterKey)).append(", ")
                    .append(args.add(afterId)).append(")");
        }
        return new ReadRoot.Selection("org_unit u", where.toString(), column + ", u.id", List.of(column, "u.id"));
    }

    /** Staff within the scope, filtered, by name then id after the cursor's {@code afterName}/{@code afterId}. */
    public static ReadRoot.Selection staff(StaffQuery query, DataScope scope, String afterName, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder(scope.predicate("ou.path", "sf.id", args));
        if (query.orgUnitId() != null) {
            String unit = args.add(query.orgUnitId());
            where.append(query.includeDescendants()
                    ? " AND ou.path LIKE (SELECT path FROM org_unit WHERE id = " + unit + ") || '%'"
                    : " AND sf.org_unit_id = " + unit);
        }
        if (query.positionId() != null) {
            where.append(" AND sf.position_id = ").append(args.add(query.positionId()));
        }
        if (query.status() != null) {
            where.append(" AND sf.status = ").append(args.add(query.status().name()));
        }
        if (query.search() != null && !query.search().isBlank()) {
            String term = query.search().trim();
            String like = args.add("%" + Like.escape(term) + "%");
            String exact = args.add(term);
            where.append(" AND (sf.name ILIKE ").append(like).append(" OR sf.employee_number = ").append(exact)
                    .append(" OR sf.mobile = ").append(exact).append(")");
        }
        if (afterId != null) {
            where.append(" AND (sf.name, sf.id) > (").append(args.add(afterName)).append(", ").append(args.add(afterId)).append(")");
        }
        return new ReadRoot.Selection(STAFF_FROM, where.toString(), "sf.name, sf.id", List.of("sf.name", "sf.id"));
    }

    static String escapeLike(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Like.escape(text.trim());
    }

    /** Staff members by id that the scope sees (by their org unit, or themselves for a SELF scope). */
    public static ReadRoot.Selection staffByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(STAFF_FROM, "sf.id = ANY(" + args.add(ids.toArray(Long[]::new))
                + ") AND " + scope.predicate("ou.path", "sf.id", args), null, List.of());
    }

    /** Positions by id. */
    public static ReadRoot.Selection positionsByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(POSITION.from(), "pn.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Positions by code after {@code afterCode}. */
    public static ReadRoot.Selection positions(String afterCode, SqlArgs args) {
        return new ReadRoot.Selection(POSITION.from(), afterCode == null ? "true" : "pn.code > " + args.add(afterCode), "pn.code",
                List.of("pn.code"));
    }
}
