package com.newretail.catalog.persistence;

import java.util.List;

import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.SqlArgs;

/** The read models of products and SKUs (master data: the same rows for every caller). */
public final class CatalogReadModels {

    public static final ReadModel PRODUCT = ReadModel.of("Product", "product p", "p.id")
            .id("id")
            .scalar("code", "p.code", Codec.STRING)
            .scalar("name", "p.name", Codec.STRING)
            .scalar("description", "p.description", Codec.STRING)
            .scalar("unit", "p.unit", Codec.STRING)
            .scalar("status", "p.status", Codec.ENUM)
            .many("skus", "Sku", "s.product_id", "s.code")
            .one("category", "Category", "p.category_id")
            .one("brand", "Brand", "p.brand_id")
            .build();

    public static final ReadModel SKU = ReadModel.of("Sku", "sku s", "s.id")
            .id("id")
            .scalar("code", "s.code", Codec.STRING)
            .scalar("barcode", "s.barcode", Codec.STRING)
            .scalar("attributes", "s.attributes", Codec.STRING_LIST)
            .money("retailPrice", "s.retail_price", "s.currency")
            .scalar("status", "s.status", Codec.ENUM)
            .one("product", "Product", "s.product_id")
            .build();

    public static final ReadModel CATEGORY = ReadModel.of("Category", "category cat", "cat.id")
            .id("id")
            .scalar("code", "cat.code", Codec.STRING)
            .scalar("name", "cat.name", Codec.STRING)
            .scalar("parentId", "cat.parent_id", Codec.ID)
            .one("parent", "Category", "cat.parent_id")
            .build();

    public static final ReadModel BRAND = ReadModel.of("Brand", "brand br", "br.id")
            .id("id")
            .scalar("code", "br.code", Codec.STRING)
            .scalar("name", "br.name", Codec.STRING)
            .build();

    private CatalogReadModels() {
    }

    /** Products by name then id; {@code search} matches the name, or a product/SKU code or barcode exactly. */
    public static ReadRoot.Selection products(String search, Long categoryId, Long brandId, String afterName, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder("true");
        if (search != null && !search.isBlank()) {
            String term = search.trim();
            String like = args.add("%" + Like.escape(term) + "%");
            String exact = args.add(term);
            where.append(" AND (p.name ILIKE ").append(like).append(" OR p.code = ").append(exact)
                    .append(" OR EXISTS (SELECT 1 FROM sku s WHERE s.product_id = p.id AND (s.code = ").append(exact)
                    .append(" OR s.barcode = ").append(exact).append(")))");
        }
        if (categoryId != null) {
            where.append(" AND p.category_id = ").append(args.add(categoryId));
        }
        if (brandId != null) {
            where.append(" AND p.brand_id = ").append(args.add(brandId));
        }
        if (afterId != null) {
            where.append(" AND (p.name, p.id) > (").append(args.add(afterName)).append(", ").append(args.add(afterId)).append(")");
        }
        return new ReadRoot.Selection(PRODUCT.from(), where.toString(), "p.name, p.id", List.of("p.name", "p.id"));
    }

    /** Products by id. */
    public static ReadRoot.Selection productsByIds(List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(PRODUCT.from(), "p.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Rows of a catalog model (master data, the same for every caller) by id. */
    public static ReadRoot.Selection byIds(ReadModel model, List<Long> ids, SqlArgs args) {
        return new ReadRoot.Selection(model.from(), model.keySql() + " = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Categories or brands by code after {@code afterCode}. */
    public static ReadRoot.Selection byCode(ReadModel model, String afterCode, SqlArgs args) {
        String code = model.alias().orElseThrow() + ".code";
        return new ReadRoot.Selection(model.from(), afterCode == null ? "true" : code + " > " + args.add(afterCode), code, List.of(code));
    }

    /** The SKUs whose {@code column} (code or barcode) is the value: one indexed probe on a unique column. */
    public static ReadRoot.Selection skuBy(String column, String value, SqlArgs args) {
        if (!column.equals("code") && !column.equals("barcode")) {
            throw new IllegalArgumentException(column);
        }
        return new ReadRoot.Selection(SKU.from(), "s." + column + " = " + args.add(value), null, List.of());
    }
}
