package com.newretail.catalog.persistence;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.SqlArgs;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of the catalog (master data: the same for every caller). */
@ApplicationScoped
public class CatalogReader {

    private final Pool pool;

    public CatalogReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ProductRow>> productsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SqlArgs args = new SqlArgs();
        return query(CatalogReadModels.productsByIds(ids, args).statement(CatalogReadModels.PRODUCT.plainColumns(), null), args.tuple(), ProductRow::from);
    }

    /** Products by name then id; {@code search} matches the name, or a product/SKU code or barcode exactly. */
    public Uni<List<ProductRow>> products(String search, Long categoryId, Long brandId, String afterName, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        ReadRoot.Selection rows = CatalogReadModels.products(search, categoryId, brandId, afterName, afterId, args);
        return query(rows.statement(CatalogReadModels.PRODUCT.plainColumns(), args.add(limit)), args.tuple(), ProductRow::from);
    }

    /** All SKUs of the given products, in one statement. */
    public Uni<List<SkuRow>> skusOfProducts(List<Long> productIds) {
        return productIds.isEmpty() ? Uni.createFrom().item(List.of())
                : query("SELECT " + SkuRow.COLUMNS + " FROM sku s WHERE s.product_id = ANY($1) ORDER BY s.product_id, s.code",
                        Tuple.of(productIds.toArray(Long[]::new)), SkuRow::from);
    }

    public Uni<List<SkuRow>> skusByIds(List<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : query(CatalogReadModels.byIds(CatalogReadModels.SKU, ids, new SqlArgs()).statement(SkuRow.COLUMNS, null),
                        Tuple.of(ids.toArray(Long[]::new)), SkuRow::from);
    }

    /** SKU ids by barcode: the POS scanner's lookup, current barcodes and replaced ones still valid, one statement. */
    public Uni<java.util.Map<String, Long>> skuIdsByBarcodes(List<String> barcodes) {
        return pool.preparedQuery(CatalogReadModels.SKU_IDS_BY_BARCODES).execute(Tuple.of(barcodes.toArray(String[]::new))).map(rows -> {
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            rows.forEach(row -> ids.putIfAbsent(row.getString(0), row.getLong(1)));
            return ids;
        });
    }

    /** SKU id → its product's category id, for SKUs whose product has a category. */
    public Uni<java.util.Map<Long, Long>> categoryIdsOfSkus(List<Long> skuIds) {
        return pool.preparedQuery("SELECT s.id, p.category_id FROM sku s JOIN product p ON p.id = s.product_id "
                + "WHERE s.id = ANY($1) AND p.category_id IS NOT NULL").execute(Tuple.of(skuIds.toArray(Long[]::new))).map(rows -> {
                    java.util.Map<Long, Long> categories = new java.util.HashMap<>();
                    rows.forEach(row -> categories.put(row.getLong(0), row.getLong(1)));
                    return categories;
                });
    }

    public Uni<SkuRow> skuByCode(String code) {
        SqlArgs args = new SqlArgs();
        return one(CatalogReadModels.skuByCode(code, args), args);
    }

    /** The POS scanner's lookup of one barcode (a replaced one still valid finds its SKU). */
    public Uni<SkuRow> skuByBarcode(String barcode) {
        SqlArgs args = new SqlArgs();
        return one(CatalogReadModels.skuByBarcode(barcode, args), args);
    }

    private Uni<SkuRow> one(ReadRoot.Selection selection, SqlArgs args) {
        return query(selection.statement(CatalogReadModels.SKU.plainColumns(), null), args.tuple(), SkuRow::from)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Of the given SKUs, those whose product is in the category or below it; null when the category does not exist. */
    public Uni<java.util.Set<Long>> skusInCategory(long categoryId, List<Long> skuIds) {
        String sql = "WITH RECURSIVE tree AS (SELECT id FROM category WHERE id = $1 UNION ALL "
                + "SELECT c.id FROM category c JOIN tree t ON c.parent_id = t.id) "
                + "SELECT (SELECT count(*) FROM category WHERE id = $1) AS found, s.id FROM (SELECT 1) one LEFT JOIN "
                + "(sku s JOIN product p ON p.id = s.product_id AND p.category_id IN (SELECT id FROM tree)) "
                + "ON $2::bigint[] IS NULL OR s.id = ANY($2)";
        return pool.preparedQuery(sql).execute(Tuple.of(categoryId, skuIds == null ? null : skuIds.toArray(Long[]::new)))
                .map(rows -> {
                    java.util.Set<Long> found = new java.util.HashSet<>();
                    boolean exists = false;
                    for (Row row : rows) {
                        exists = row.getLong("found") > 0;
                        if (row.getLong("id") != null) {
                            found.add(row.getLong("id"));
                        }
                    }
                    return exists ? found : null;
                });
    }

    public Uni<List<NamedRow>> named(String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SqlArgs args = new SqlArgs();
        return query(CatalogReadModels.byIds(named(table), ids, args).statement(namedColumns(table), null), args.tuple(), CatalogReader::named);
    }

    /** Categories or brands by code, a page at a time. */
    public Uni<List<NamedRow>> namedPage(String table, String afterCode, int limit) {
        SqlArgs args = new SqlArgs();
        String sql = CatalogReadModels.byCode(named(table), afterCode, args).statement(namedColumns(table), args.add(limit));
        return query(sql, args.tuple(), CatalogReader::named);
    }

    private static ReadModel named(String table) {
        return table.equals("category") ? CatalogReadModels.CATEGORY : CatalogReadModels.BRAND;
    }

    private static String namedColumns(String table) {
        return "id, code, name, " + (table.equals("category") ? "parent_id" : "NULL::bigint AS parent_id") + ", version, archived_at";
    }

    private static NamedRow named(Row row) {
        return new NamedRow(row.getLong("id"), row.getString("code"), row.getString("name"), row.getLong("parent_id"), row.getLong("version"),
                row.getOffsetDateTime("archived_at"));
    }

    private <T> Uni<List<T>> query(String sql, Tuple args, Function<Row, T> mapper) {
        return PoolQueries.list(pool, sql, args, mapper);
    }
}
