package com.newretail.platform.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.DeferredWrites;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Records one audit event per successful mutation, inside the mutation's transaction: it commits
 * or rolls back with the change it describes.
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = "INSERT INTO audit_event (actor, operation, target_ids, scope_path, changes) "
            + "VALUES (?1, ?2, ?3, coalesce((SELECT path FROM org_unit WHERE id = ?4), '/'), cast(cast(?5 as text) as jsonb))";

    private final SecurityIdentity identity;

    public AuditLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * @param operation the GraphQL mutation name
     * @param targetIds global IDs of the objects changed
     * @param scopeOrgUnitId org unit the change belongs to (who may read the event); null for global
     *                       master data, which only whole-channel callers see
     * @param before    field values before (empty for a creation)
     * @param after     field values after (empty for a deletion)
     */
    public Uni<Void> record(String operation, List<String> targetIds, Long scopeOrgUnitId,
            Map<String, ?> before, Map<String, ?> after) {
        String changes = changes(before, after).encode();
        String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        return DeferredWrites.write(INSERT, actor, operation, targetIds.toArray(String[]::new), scopeOrgUnitId == null ? -1L : scopeOrgUnitId,
                changes)
                .replaceWithVoid();
    }

    /** Only the fields whose values differ: {@code {"name": {"before": "A", "after": "B"}}}. */
    static JsonObject changes(Map<String, ?> before, Map<String, ?> after) {
        JsonObject changes = new JsonObject(new LinkedHashMap<>());
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, new JsonObject()
                        .put("before", old == null ? null : String.valueOf(old))
                        .put("after", now == null ? null : String.valueOf(now)));
            }
        }
        return changes;
    }
}
