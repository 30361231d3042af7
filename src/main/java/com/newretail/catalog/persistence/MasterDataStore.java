package com.newretail.catalog.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Changes of existing master data (products, SKUs, categories, brands), in the mutation's transaction. */
@ApplicationScoped
public class MasterDataStore {

    public record LockedProduct(long id, long version, String name, String description, Long categoryId, Long brandId, String unit,
            boolean archived) {
    }

    public record LockedSku(long id, long version, String barcode, List<String> attributes, BigDecimal retailPrice) {
    }

    /** A category (with its parent) or a brand (parent always null). */
    public record LockedEntry(long id, long version, String name, Long parentId, boolean archived) {
    }

    private static final String LOCK_PRODUCT = """
            SELECT id, version, name, coalesce(description, ''), coalesce(category_id, 0), coalesce(brand_id, 0), unit, archived_at IS NOT NULL
            FROM product WHERE id = ?1 FOR UPDATE""";

    private static final String UPDATE_PRODUCT = """
            UPDATE product SET name = ?2, description = ?3, category_id = ?4::bigint, brand_id = ?5::bigint, unit = ?6,
                   version = version + 1, updated_at = now()
            WHERE id = ?1""";

    /** An archived product is no longer sold: it and its SKUs become INACTIVE. */
    private static final String ARCHIVE_PRODUCT = """
            UPDATE product SET status = 'INACTIVE', archived_at = now(), version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String DEACTIVATE_SKUS = """
            UPDATE sku SET status = 'INACTIVE', version = version + 1, updated_at = now() WHERE product_id = ?1 AND status <> 'INACTIVE'""";

    private static final String LOCK_SKU = "SELECT id, version, coalesce(barcode, ''), attributes, retail_price FROM sku WHERE id = ?1 FOR UPDATE";

    /** Another SKU has the barcode, or had it and it still resolves to that SKU. */
    private static final String BARCODE_TAKEN = """
            SELECT (SELECT count(*) FROM sku WHERE barcode = ?1 AND id <> ?2)
                 + (SELECT count(*) FROM sku_barcode_alias WHERE barcode = ?1 AND sku_id <> ?2 AND valid_until > now())""";

    /**
     * The replaced barcode resolves to the SKU until {@code valid_until}; an expired alias of the new
     * barcode (or the SKU's own, when it gets an old barcode back) is dropped so the barcode is free.
     */
    private static final String FREE_BARCODE = "DELETE FROM sku_barcode_alias WHERE barcode = ?1 AND (sku_id = ?2 OR valid_until <= now())";

    private static final String KEEP_OLD_BARCODE = """
            INSERT INTO sku_barcode_alias (barcode, sku_id, valid_until) VALUES (?1, ?2, ?3)
            ON CONFLICT (barcode) DO UPDATE SET sku_id = EXCLUDED.sku_id, retired_at = now(), valid_until = EXCLUDED.valid_until""";

    private static final String UPDATE_SKU = """
            UPDATE sku SET barcode = ?2, attributes = ?3::text[], retail_price = ?4, version = version + 1, updated_at = now() WHERE id = ?1""";

    private static final String LOCK_CATEGORY = """
            SELECT id, version, name, coalesce(parent_id, 0), archived_at IS NOT NULL FROM category WHERE id = ?1 FOR UPDATE""";

    private static final String LOCK_BRAND = "SELECT id, version, name, 0, archived_at IS NOT NULL FROM brand WHERE id = ?1 FOR UPDATE";

    private static final String RENAME_CATEGORY = "UPDATE category SET name = ?2, version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String RENAME_BRAND = "UPDATE brand SET name = ?2, version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String MOVE_CATEGORY = """
            UPDATE category SET parent_id = ?2::bigint, version = version + 1, updated_at = now() WHERE id = ?1""";

    /** Whether {@code ancestor} is {@code category} itself or above it. */
    private static final String IS_AT_OR_ABOVE = """
            WITH RECURSIVE up AS (SELECT id, parent_id FROM category WHERE id = ?1
                                  UNION ALL SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)
            SELECT count(*) FROM up WHERE id = ?2""";

    private static final String CATEGORY_IN_USE = """
            SELECT (SELECT count(*) FROM category WHERE parent_id = ?1 AND archived_at IS NULL)
                 + (SELECT count(*) FROM product WHERE category_id = ?1 AND archived_at IS NULL)""";

    private static final String BRAND_IN_USE = "SELECT count(*) FROM product WHERE brand_id = ?1 AND archived_at IS NULL";

    private static final String ARCHIVE_CATEGORY = "UPDATE category SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String ARCHIVE_BRAND = "UPDATE brand SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = ?1";

    private static final String ACTIVE_ENTRY = "SELECT count(*) FROM %s WHERE id = ?1 AND archived_at IS NULL";

    public Uni<Optional<LockedProduct>> lockProduct(long id) {
        return NativeSql.rows(LOCK_PRODUCT, id).map(rows -> rows.stream().findFirst().map(row -> new LockedProduct(id, ((Number) row[1]).longValue(),
                (String) row[2], ((String) row[3]).isEmpty() ? null : (String) row[3], NativeSql.idOrNull(row[4]), NativeSql.idOrNull(row[5]),
                (String) row[6], (Boolean) row[7])));
    }

    public Uni<Integer> updateProduct(long id, String name, String description, Long categoryId, Long brandId, String unit) {
        return NativeSql.update(UPDATE_PRODUCT, id, name, description, categoryId, brandId, unit);
    }

    public Uni<Integer> archiveProduct(long id) {
        return NativeSql.update(ARCHIVE_PRODUCT, id).chain(() -> NativeSql.update(DEACTIVATE_SKUS, id));
    }

    public Uni<Optional<LockedSku>> lockSku(long id) {
        return NativeSql.rows(LOCK_SKU, id).map(rows -> rows.stream().findFirst().map(row -> new LockedSku(id, ((Number) row[1]).longValue(),
                ((String) row[2]).isEmpty() ? null : (String) row[2], Arrays.asList((String[]) row[3]), NativeSql.decimal(row[4]))));
    }

    public Uni<Boolean> barcodeTaken(String barcode, long skuId) {
        return NativeSql.longValue(BARCODE_TAKEN, barcode, skuId).map(count -> count > 0);
    }

    /** Writes the SKU; a replaced barcode stays resolvable to it until {@code oldBarcodeValidUntil}. */
    public Uni<Integer> updateSku(LockedSku was, String barcode, List<String> attributes, BigDecimal retailPrice, OffsetDateTime oldBarcodeValidUntil) {
        boolean barcodeChanged = !java.util.Objects.equals(was.barcode(), barcode);
        Uni<Integer> freed = !barcodeChanged || barcode == null ? Uni.createFrom().item(0) : NativeSql.update(FREE_BARCODE, barcode, was.id());
        return freed.chain(() -> NativeSql.update(UPDATE_SKU, was.id(), barcode, attributes.toArray(String[]::new), retailPrice))
                .chain(() -> !barcodeChanged || was.barcode() == null ? Uni.createFrom().item(0)
                        : NativeSql.update(KEEP_OLD_BARCODE, was.barcode(), was.id(), oldBarcodeValidUntil));
    }

    public Uni<Optional<LockedEntry>> lockEntry(boolean category, long id) {
        return NativeSql.rows(category ? LOCK_CATEGORY : LOCK_BRAND, id).map(rows -> rows.stream().findFirst().map(row -> new LockedEntry(id,
                ((Number) row[1]).longValue(), (String) row[2], NativeSql.idOrNull(row[3]), (Boolean) row[4])));
    }

    public Uni<Integer> renameEntry(boolean category, long id, String name) {
        return NativeSql.update(category ? RENAME_CATEGORY : RENAME_BRAND, id, name);
    }

    public Uni<Integer> moveCategory(long id, Long parentId) {
        return NativeSql.update(MOVE_CATEGORY, id, parentId);
    }

    /** Whether moving {@code category} under {@code newParent} would make a cycle. */
    public Uni<Boolean> wouldCycle(long category, long newParent) {
        return NativeSql.longValue(IS_AT_OR_ABOVE, newParent, category).map(count -> count > 0);
    }

    /** Unarchived subcategories and products (category) or products (brand) that still use the entry. */
    public Uni<Long> usesOf(boolean category, long id) {
        return NativeSql.longValue(category ? CATEGORY_IN_USE : BRAND_IN_USE, id);
    }

    public Uni<Integer> archiveEntry(boolean category, long id) {
        return NativeSql.update(category ? ARCHIVE_CATEGORY : ARCHIVE_BRAND, id);
    }

    /** Whether the category or brand exists and is not archived (a product may be put under it). */
    public Uni<Boolean> activeEntry(boolean category, long id) {
        return NativeSql.longValue(ACTIVE_ENTRY.formatted(category ? "category" : "brand"), id).map(count -> count > 0);
    }
}
