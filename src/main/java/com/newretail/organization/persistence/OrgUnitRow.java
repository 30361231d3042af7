package com.newretail.organization.persistence;

import java.time.OffsetDateTime;

import com.newretail.organization.domain.OrgUnitEntity;
import com.newretail.organization.domain.OrgUnitType;

import io.vertx.mutiny.sqlclient.Row;

/** One org unit as read for queries. */
public record OrgUnitRow(long id, String code, String name, OrgUnitType type, Long parentId, String path, int depth,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static final String COLUMNS = "id, code, name, type, parent_id, path, depth, created_at, updated_at";

    static OrgUnitRow from(Row row) {
        return new OrgUnitRow(row.getLong("id"), row.getString("code"), row.getString("name"),
                OrgUnitType.valueOf(row.getString("type")), row.getLong("parent_id"), row.getString("path"),
                row.getInteger("depth"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }

    public static OrgUnitRow from(OrgUnitEntity unit) {
        return new OrgUnitRow(unit.id, unit.code, unit.name, unit.type, unit.parentId, unit.path, unit.depth,
                unit.createdAt, unit.updatedAt);
    }

    /** Ids of the ancestors, root first, read off the materialized path. */
    public long[] ancestorIds() {
        String[] parts = path.substring(1).split("/");
        long[] ids = new long[Math.max(0, parts.length - 1)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.parseLong(parts[i]);
        }
        return ids;
    }
}
