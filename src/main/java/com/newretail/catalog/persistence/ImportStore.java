package com.newretail.catalog.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Bulk imports of products and SKUs in the current transaction. */
@ApplicationScoped
public class ImportStore {

    /** A product an import creates; category and brand are ids already resolved (null: none). */
    public record NewProduct(String code, String name, Long categoryId, Long brandId, String unit) {
    }

    /** A SKU an import creates, attached to its product by the product's code. */
    public record NewSku(String productCode, String code, String barcode, List<String> attributes, BigDecimal retailPrice, String currency) {
    }

    /** Attributes travel as one string joined by the unit separator (a character no attribute contains). */
    private static final String ATTRIBUTE_SEPARATOR = "\u001f";

    /**
     * Which of the given codes exist already, by kind ('product', 'sku', 'barcode', 'category', 'brand'):
     * a recently replaced barcode still counts as its SKU's; an archived category or brand takes no
     * new products, so it does not count as existing.
     */
    private static final String EXISTING = """
            SELECT 'product' AS kind, code, id FROM product WHERE code = ANY(cast(?1 as text[]))
            UNION ALL SELECT 'sku', code, id FROM sku WHERE code = ANY(cast(?2 as text[]))
            UNION ALL SELECT 'barcode', barcode, id FROM sku WHERE barcode = ANY(cast(?3 as text[]))
            UNION ALL SELECT 'barcode', barcode, sku_id FROM sku_barcode_alias WHERE barcode = ANY(cast(?3 as text[])) AND valid_until > now()
            UNION ALL SELECT 'category', code, id FROM category WHERE code = ANY(cast(?4 as text[])) AND archived_at IS NULL
            UNION ALL SELECT 'brand', code, id FROM brand WHERE code = ANY(cast(?5 as text[])) AND archived_at IS NULL""";

    private static final String INSERT_PRODUCTS = """
            INSERT INTO product (code, name, category_id, brand_id, unit)
            SELECT c, n, nullif(cat, 0), nullif(b, 0), u
            FROM unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as bigint[]), cast(?4 as bigint[]), cast(?5 as text[]))
                 AS t(c, n, cat, b, u)""";

    private static final String INSERT_SKUS = """
            INSERT INTO sku (product_id, code, barcode, attributes, retail_price, currency)
            SELECT p.id, t.c, nullif(t.bc, ''), string_to_array(t.a, chr(31)), cast(t.price as numeric(14, 2)), t.cur
            FROM unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]), cast(?5 as text[]),
                        cast(?6 as text[])) WITH ORDINALITY AS t(pc, c, bc, a, price, cur, n)
            JOIN product p ON p.code = t.pc
            ORDER BY t.n""";

    /** kind → code → id of what already exists. */
    public Uni<Map<String, Map<String, Long>>> existing(Collection<String> productCodes, Collection<String> skuCodes,
            Collection<String> barcodes, Collection<String> categoryCodes, Collection<String> brandCodes) {
        return NativeSql.rows(EXISTING, productCodes.toArray(String[]::new), skuCodes.toArray(String[]::new), barcodes.toArray(String[]::new),
                categoryCodes.toArray(String[]::new), brandCodes.toArray(String[]::new)).map(rows -> {
                    Map<String, Map<String, Long>> found = new HashMap<>();
                    for (Object[] row : rows) {
                        found.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
                    }
                    return found;
                });
    }

    /** Inserts the products; how many. */
    public Uni<Integer> insertProducts(List<NewProduct> products) {
        if (products.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return NativeSql.update(INSERT_PRODUCTS, products.stream().map(NewProduct::code).toArray(String[]::new),
                products.stream().map(NewProduct::name).toArray(String[]::new),
                products.stream().map(p -> p.categoryId() == null ? 0L : p.categoryId()).toArray(Long[]::new),
                products.stream().map(p -> p.brandId() == null ? 0L : p.brandId()).toArray(Long[]::new),
                products.stream().map(NewProduct::unit).toArray(String[]::new));
    }

    /** Inserts the SKUs in the order given; how many. */
    public Uni<Integer> insertSkus(List<NewSku> skus) {
        return NativeSql.update(INSERT_SKUS, skus.stream().map(NewSku::productCode).toArray(String[]::new),
                skus.stream().map(NewSku::code).toArray(String[]::new),
                skus.stream().map(s -> s.barcode() == null ? "" : s.barcode()).toArray(String[]::new),
                skus.stream().map(s -> s.attributes() == null ? "" : String.join(ATTRIBUTE_SEPARATOR, s.attributes())).toArray(String[]::new),
                skus.stream().map(s -> s.retailPrice().toPlainString()).toArray(String[]::new),
                skus.stream().map(NewSku::currency).toArray(String[]::new));
    }
}
