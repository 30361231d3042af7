package com.newretail.support;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.graphql.GlobalId;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Builds org units straight in the database, so a test can set up a tree without depending on the
 * role it then tests with. Codes are unique per call: tests never share data.
 */
@ApplicationScoped
public class OrgFixtures {

    private final Pool pool;

    public OrgFixtures(Pool pool) {
        this.pool = pool;
    }

    /** The single headquarters, created on first use. */
    public long headquarters() {
        var existing = pool.query("SELECT id FROM org_unit WHERE parent_id IS NULL").execute().await().indefinitely();
        return existing.size() > 0 ? existing.iterator().next().getLong("id") : insertRoot();
    }

    private long insertRoot() {
        long id = nextId();
        pool.preparedQuery("INSERT INTO org_unit (id, code, name, type, parent_id, path, depth) "
                + "VALUES ($1, 'HQ', 'Test Headquarters', 'HEADQUARTERS', NULL, $2, 0) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(id, "/" + id + "/")).await().indefinitely();
        return pool.query("SELECT id FROM org_unit WHERE parent_id IS NULL").execute()
                .await().indefinitely().iterator().next().getLong("id");
    }

    public long company(String name) {
        return unit("SALES_COMPANY", headquarters(), name);
    }

    public long dealer(long companyId, String name) {
        return unit("DEALER", companyId, name);
    }

    public long store(long parentId, String name) {
        return unit("STORE", parentId, name);
    }

    public long unit(String type, long parentId, String name) {
        long id = nextId();
        Row parent = pool.preparedQuery("SELECT path, depth FROM org_unit WHERE id = $1").execute(Tuple.of(parentId))
                .await().indefinitely().iterator().next();
        pool.preparedQuery("INSERT INTO org_unit (id, code, name, type, parent_id, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.tuple(java.util.List.of(id, uniqueCode(type), name, type, parentId,
                        parent.getString("path") + id + "/", parent.getInteger("depth") + 1)))
                .await().indefinitely();
        return id;
    }

    /**
     * Binds a test user (the {@code @TestSecurity} user name, or a token subject) to a staff record at
     * an org unit with a standard position, replacing any earlier binding of that user.
     */
    public long bind(String subject, long orgUnitId, String positionCode) {
        pool.preparedQuery("DELETE FROM staff WHERE account_user_id = $1").execute(Tuple.of(subject)).await().indefinitely();
        return staff(orgUnitId, positionCode, "Bound " + subject, subject);
    }

    /** Binds a user at headquarters as an analyst: whole-channel read scope. */
    public long bindHeadquartersAnalyst(String subject) {
        return bind(subject, headquarters(), "HQ_ANALYST");
    }

    /** A staff member with a unique employee number; {@code subject} may be null (no account). */
    public long staff(long orgUnitId, String positionCode, String name, String subject) {
        long companyId = pool.preparedQuery("SELECT a.id FROM org_unit a, org_unit u WHERE u.id = $1 AND u.path LIKE a.path || '%' "
                + "AND a.type IN ('SALES_COMPANY', 'HEADQUARTERS') ORDER BY a.depth DESC LIMIT 1")
                .execute(Tuple.of(orgUnitId)).await().indefinitely().iterator().next().getLong(0);
        return pool.preparedQuery("INSERT INTO staff (company_id, employee_number, name, org_unit_id, position_id, "
                + "account_user_id, account_username, account_status) "
                + "VALUES ($1, $2, $3, $4, (SELECT id FROM position WHERE code = $5), $6, $6, $7) RETURNING id")
                .execute(Tuple.tuple(java.util.Arrays.asList(companyId, uniqueCode("E"), name, orgUnitId, positionCode,
                        subject, subject == null ? "NONE" : "ACTIVE")))
                .await().indefinitely().iterator().next().getLong("id");
    }

    /** Moves a unit (and its subtree) as orgUnitMove would, straight in the database. */
    public void moveUnder(long unitId, long newParentId) {
        Row unit = pool.preparedQuery("SELECT path, depth FROM org_unit WHERE id = $1").execute(Tuple.of(unitId))
                .await().indefinitely().iterator().next();
        Row parent = pool.preparedQuery("SELECT path, depth FROM org_unit WHERE id = $1").execute(Tuple.of(newParentId))
                .await().indefinitely().iterator().next();
        String oldPrefix = unit.getString("path");
        String newPrefix = parent.getString("path") + unitId + "/";
        int delta = parent.getInteger("depth") + 1 - unit.getInteger("depth");
        pool.preparedQuery("UPDATE org_unit SET parent_id = $1 WHERE id = $2").execute(Tuple.of(newParentId, unitId))
                .await().indefinitely();
        pool.preparedQuery("UPDATE org_unit SET path = $2 || substr(path, length($1) + 1), depth = depth + $3 WHERE path LIKE $1 || '%'")
                .execute(Tuple.of(oldPrefix, newPrefix, delta)).await().indefinitely();
    }

    public String codeOf(long id) {
        return pool.preparedQuery("SELECT code FROM org_unit WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getString("code");
    }

    public static String gid(long id) {
        return GlobalId.encode("OrgUnit", id);
    }

    public static String uniqueCode(String prefix) {
        return (prefix.substring(0, Math.min(prefix.length(), 4)) + "-" + UUID.randomUUID().toString().substring(0, 12))
                .toUpperCase();
    }

    private long nextId() {
        return pool.query("SELECT nextval(pg_get_serial_sequence('org_unit', 'id')) AS id").execute()
                .await().indefinitely().iterator().next().getLong("id");
    }
}
