package com.newretail.organization.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.domain.OrgUnitEntity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Writes and write-side lookups of org units, inside the caller's transaction. */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnitEntity, Long> {

    public Uni<Boolean> codeTaken(String code, Long exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId == null ? -1L : exceptId).map(n -> n > 0);
    }

    public Uni<Boolean> rootExists() {
        return count("parentId is null").map(n -> n > 0);
    }

    /** Serializes tree-shape changes: two concurrent moves could otherwise build a cycle together. */
    public Uni<Void> lockTreeShape() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('org_unit_tree_shape'))", Object.class)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** Rewrites the path and depth of a unit and all its descendants after a move. */
    public Uni<Integer> rewriteSubtree(String oldPrefix, String newPrefix, int depthDelta) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "UPDATE org_unit SET path = ?2 || substr(path, length(?1) + 1), depth = depth + ?3, updated_at = now() "
                        + "WHERE path LIKE ?1 || '%'")
                .setParameter(1, oldPrefix).setParameter(2, newPrefix).setParameter(3, depthDelta)
                .executeUpdate());
    }

    public Uni<Long> staffCount(long orgUnitId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) FROM staff WHERE org_unit_id = ?1", Long.class)
                .setParameter(1, orgUnitId).getSingleResult());
    }

    /** The sales company a unit belongs to (itself, or its nearest company ancestor), else headquarters. */
    public Uni<Long> companyOf(long orgUnitId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT a.id FROM org_unit a, org_unit u WHERE u.id = ?1 AND u.path LIKE a.path || '%' "
                        + "AND a.type IN ('SALES_COMPANY', 'HEADQUARTERS') ORDER BY a.depth DESC LIMIT 1", Long.class)
                .setParameter(1, orgUnitId).getSingleResultOrNull());
    }

    public Uni<OrgUnitEntity> refresh(OrgUnitEntity unit) {
        return Panache.getSession().chain(session -> session.refresh(unit)).replaceWith(unit);
    }
}
