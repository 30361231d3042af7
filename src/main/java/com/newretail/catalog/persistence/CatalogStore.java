package com.newretail.catalog.persistence;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Catalog rows in the current transaction: writes, and reads of rows just written (the read pool would not see them). */
@ApplicationScoped
public class CatalogStore {

    /** What already exists of a new product: its code, SKU codes and barcodes (comma-separated), and its category and brand. */
    public record ProductConflicts(boolean codeTaken, String takenSkuCodes, String takenBarcodes, boolean categoryFound, boolean brandFound) {
    }

    /** A SKU of a new product. */
    public record NewSku(String code, String barcode, List<String> attributes, BigDecimal retailPrice, String currency) {
    }

    private static final String CATEGORY_CODE_TAKEN = "SELECT count(*) FROM category WHERE code = ?1";
    private static final String BRAND_CODE_TAKEN = "SELECT count(*) FROM brand WHERE code = ?1";
    private static final String CATEGORY_EXISTS = "SELECT count(*) FROM category WHERE id = ?1";
    private static final String INSERT_CATEGORY = "INSERT INTO category (code, name, parent_id) VALUES (?1, ?2, ?3) RETURNING id";
    private static final String INSERT_BRAND = "INSERT INTO brand (code, name) VALUES (?1, ?2) RETURNING id";

    /** A category or brand id of -1 means "none given"; a barcode replaced recently still belongs to its SKU; archived entries take no products. */
    private static final String PRODUCT_CONFLICTS = """
            SELECT (SELECT count(*) FROM product WHERE code = ?1),
                   (SELECT string_agg(code, ',') FROM sku WHERE code = ANY(?2)),
                   (SELECT string_agg(barcode, ',') FROM (SELECT barcode FROM sku WHERE barcode = ANY(?3)
                          UNION SELECT barcode FROM sku_barcode_alias WHERE barcode = ANY(?3) AND valid_until > now()) taken),
                   (?4 = -1 OR EXISTS (SELECT 1 FROM category WHERE id = ?4 AND archived_at IS NULL)),
                   (?5 = -1 OR EXISTS (SELECT 1 FROM brand WHERE id = ?5 AND archived_at IS NULL))""";

    private static final String INSERT_PRODUCT = """
            INSERT INTO product (code, name, description, category_id, brand_id, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""";

    private static final String INSERT_SKU = """
            INSERT INTO sku (product_id, code, barcode, attributes, retail_price, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6)""";

    private static final String SKU_STATUS = "UPDATE sku SET status = ?2, version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String CATEGORY = "SELECT code, name, parent_id, version FROM category WHERE id = ?1";
    private static final String BRAND = "SELECT code, name, cast(NULL as bigint), version FROM brand WHERE id = ?1";

    public Uni<Boolean> categoryCodeTaken(String code) {
        return NativeSql.longValue(CATEGORY_CODE_TAKEN, code).map(count -> count > 0);
    }

    public Uni<Boolean> brandCodeTaken(String code) {
        return NativeSql.longValue(BRAND_CODE_TAKEN, code).map(count -> count > 0);
    }

    public Uni<Boolean> categoryExists(long id) {
        return NativeSql.longValue(CATEGORY_EXISTS, id).map(count -> count > 0);
    }

    public Uni<Long> insertCategory(String code, String name, Long parentId) {
        return NativeSql.longValue(INSERT_CATEGORY, code, name, parentId);
    }

    public Uni<Long> insertBrand(String code, String name) {
        return NativeSql.longValue(INSERT_BRAND, code, name);
    }

    public Uni<ProductConflicts> productConflicts(String code, List<String> skuCodes, List<String> barcodes, Long categoryId, Long brandId) {
        return NativeSql.rows(PRODUCT_CONFLICTS, code, skuCodes.toArray(String[]::new), barcodes.toArray(String[]::new),
                categoryId == null ? -1L : categoryId, brandId == null ? -1L : brandId)
                .map(rows -> {
                    Object[] row = rows.get(0);
                    return new ProductConflicts(((Number) row[0]).longValue() > 0, (String) row[1], (String) row[2],
                            Boolean.TRUE.equals(row[3]), Boolean.TRUE.equals(row[4]));
                });
    }

    /** A new product with its SKUs; its id. */
    public Uni<Long> insertProduct(String code, String name, String description, Long categoryId, Long brandId, String unit, List<NewSku> skus) {
        return NativeSql.longValue(INSERT_PRODUCT, code, name, description, categoryId, brandId, unit).call(id -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (NewSku sku : skus) {
                chain = chain.chain(() -> NativeSql.update(INSERT_SKU, id, sku.code(), sku.barcode(), sku.attributes().toArray(String[]::new),
                        sku.retailPrice(), sku.currency()));
            }
            return chain;
        });
    }

    /** Sets a SKU's status; false when there is no such SKU. */
    public Uni<Boolean> setSkuStatus(long skuId, String status) {
        return NativeSql.update(SKU_STATUS, skuId, status).map(rows -> rows == 1);
    }

    /** A category ({@code table = "category"}) or a brand ({@code "brand"}). */
    public Uni<NamedRow> named(String table, long id) {
        return NativeSql.rows("category".equals(table) ? CATEGORY : BRAND, id).map(rows -> {
            Object[] row = rows.get(0);
            return new NamedRow(id, (String) row[0], (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), null);
        });
    }
}
