package com.newretail.catalog.persistence;

import java.math.BigDecimal;
import java.util.List;

import com.newretail.catalog.domain.CatalogStatus;
import com.newretail.platform.persistence.SqlNumbers;

import io.vertx.mutiny.sqlclient.Row;

/** One SKU as read for queries. */
public record SkuRow(long id, long productId, String code, String barcode, List<String> attributes, BigDecimal retailPrice,
        String currency, CatalogStatus status, long version) {

    static final String COLUMNS = CatalogReadModels.SKU.plainColumns();

    static SkuRow from(Row row) {
        return new SkuRow(row.getLong("id"), row.getLong("product_id"), row.getString("code"), row.getString("barcode"),
                List.of(row.getArrayOfStrings("attributes")), SqlNumbers.decimal(row, "retail_price"), row.getString("currency"),
                CatalogStatus.valueOf(row.getString("status")), row.getLong("version"));
    }
}
