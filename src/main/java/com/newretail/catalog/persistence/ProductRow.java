package com.newretail.catalog.persistence;

import com.newretail.catalog.domain.CatalogStatus;

import io.vertx.mutiny.sqlclient.Row;

/** One product (SPU) as read for queries. */
public record ProductRow(long id, String code, String name, String description, Long categoryId, Long brandId, String unit,
        CatalogStatus status, long version, java.time.OffsetDateTime archivedAt) {

    static final String COLUMNS = CatalogReadModels.PRODUCT.plainColumns();

    static ProductRow from(Row row) {
        return new ProductRow(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("description"),
                row.getLong("category_id"), row.getLong("brand_id"), row.getString("unit"),
                CatalogStatus.valueOf(row.getString("status")), row.getLong("version"), row.getOffsetDateTime("archived_at"));
    }
}
