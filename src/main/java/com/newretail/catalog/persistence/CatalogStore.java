package com.newretail.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Reads of catalog rows inside the current transaction, e.g. a row just created (the read pool would not see it). */
@ApplicationScoped
public class CatalogStore {

    private static final String CATEGORY = "SELECT code, name, parent_id FROM category WHERE id = ?1";
    private static final String BRAND = "SELECT code, name, cast(NULL as bigint) FROM brand WHERE id = ?1";

    /** A category ({@code table = "category"}) or a brand ({@code "brand"}). */
    public Uni<NamedRow> named(String table, long id) {
        return NativeSql.rows("category".equals(table) ? CATEGORY : BRAND, id).map(rows -> {
            Object[] row = rows.get(0);
            return new NamedRow(id, (String) row[0], (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue());
        });
    }
}
