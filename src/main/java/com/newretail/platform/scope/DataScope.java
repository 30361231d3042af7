package com.newretail.platform.scope;

/**
 * What a caller may see: a scope kind anchored at their org unit (and, for SELF, their staff record).
 * The one place that turns a scope into SQL: every reader and every mutation check of every module
 * goes through {@link #predicate}, so no resolver writes its own scope filter.
 *
 * <p>The anchor is an org unit id, resolved to its path inside the statement: when a unit moves, who
 * sees it changes with the very next query.
 */
public record DataScope(DataScopeKind kind, Long orgUnitId, Long staffId) {

    public static DataScope all() {
        return new DataScope(DataScopeKind.ALL, null, null);
    }

    public static DataScope none() {
        return new DataScope(DataScopeKind.NONE, null, null);
    }

    /**
     * A SQL condition that holds for rows inside this scope.
     *
     * @param pathColumn    the materialized org path of the org unit a row belongs to
     * @param staffIdColumn the staff id of a row that is about one person, or null when rows are not
     *                      about people (SELF then falls back to the caller's own org unit)
     */
    public String predicate(String pathColumn, String staffIdColumn, SqlArgs args) {
        return switch (kind) {
            case ALL -> "true";
            case NONE -> "false";
            case ORG_AND_DESCENDANTS -> pathColumn + " LIKE (SELECT path FROM org_unit WHERE id = "
                    + args.add(orgUnitId) + ") || '%'";
            case ORG_ONLY -> pathColumn + " = (SELECT path FROM org_unit WHERE id = " + args.add(orgUnitId) + ")";
            case SELF -> staffIdColumn != null
                    ? staffIdColumn + " = " + args.add(staffId)
                    : pathColumn + " = (SELECT path FROM org_unit WHERE id = " + args.add(orgUnitId) + ")";
        };
    }

    /** True for scopes that see everything. */
    public boolean isAll() {
        return kind == DataScopeKind.ALL;
    }
}
