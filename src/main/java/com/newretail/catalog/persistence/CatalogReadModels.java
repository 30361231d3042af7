package com.newretail.catalog.persistence;

import java.util.List;

import com.newretail.platform.persistence.Like;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The read models of the catalog: products, SKUs, categories and brands (the same rows for every caller), and price lists. */
public final class CatalogReadModels {

    public static final ReadModel PRODUCT = ReadModel.of("Product", "product p", "p.id")
            .id("id")
            .scalar("code", "p.code", Codec.STRING)
            .scalar("name", "p.name", Codec.STRING)
            .scalar("description", "p.description", Codec.STRING)
            .scalar("unit", "p.unit", Codec.STRING)
            .scalar("status", "p.status", Codec.ENUM)
            .scalar("version", "p.version", Codec.INT)
            .scalar("archivedAt", "p.archived_at", Codec.DATE_TIME)
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
            .scalar("version", "s.version", Codec.INT)
            .one("product", "Product", "s.product_id")
            .build();

    public static final ReadModel CATEGORY = ReadModel.of("Category", "category cat", "cat.id")
            .id("id")
            .scalar("code", "cat.code", Codec.STRING)
            .scalar("name", "cat.name", Codec.STRING)
            .scalar("parentId", "cat.parent_id", Codec.ID)
            .one("parent", "Category", "cat.parent_id")
            .scalar("version", "cat.version", Codec.INT)
            .scalar("archivedAt", "cat.archived_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel BRAND = ReadModel.of("Brand", "brand br", "br.id")
            .id("id")
            .scalar("code", "br.code", Codec.STRING)
            .scalar("name", "br.name", Codec.STRING)
            .scalar("version", "br.version", Codec.INT)
            .scalar("archivedAt", "br.archived_at", Codec.DATE_TIME)
            .build();

    /** A price's currency is its list's (read only when a client asks for it). */
    private static final String ITEM_CURRENCY = "(SELECT plc.currency FROM price_list plc WHERE plc.id = pi.price_list_id)";

    public static final ReadModel PRICE_LIST_ITEM = ReadModel.of("PriceListItem", "price_list_item pi", "pi.price_list_id")
            .money("price", "pi.amount", ITEM_CURRENCY)
            .one("sku", "Sku", "pi.sku_id")
            .build();

    /** The aliases of {@link #priceListItems}' FROM. */
    public static final java.util.Set<String> PRICE_LIST_ITEM_ALIASES = java.util.Set.of("pi");

    public static final ReadModel PRICE_LIST = ReadModel.of("PriceList", "price_list pl", "pl.id")
            .id("id")
            .scalar("code", "pl.code", Codec.STRING)
            .scalar("name", "pl.name", Codec.STRING)
            .scalar("currency", "pl.currency", Codec.STRING)
            .scalar("level", "pl.org_unit_type", Codec.ENUM)
            .one("orgUnit", "OrgUnit", "pl.org_unit_id")
            .scalar("validFrom", "pl.valid_from", Codec.DATE_TIME)
            .scalar("validTo", "pl.valid_to", Codec.DATE_TIME)
            .paged("items", "PriceListItem", "pi.price_list_id", PRICE_LIST_ITEM_ALIASES,
                    (priceList, arguments, page, scope, args) -> priceListItems(priceList, page.afterId(), args))
            .build();

    /** The aliases of {@link #priceLists}' FROM. */
    public static final java.util.Set<String> PRICE_LIST_ALIASES = java.util.Set.of("pl", "plou");

    private CatalogReadModels() {
    }

    /**
     * Price lists the caller may see, newest first before {@code beforeId}: level lists, lists of units
     * inside the scope, and lists of the units above the caller's own (the prices that apply to them).
     */
    public static ReadRoot.Selection priceLists(DataScope scope, List<Long> ids, Long beforeId, SqlArgs args) {
        StringBuilder where = new StringBuilder("(pl.org_unit_type IS NOT NULL OR ").append(scope.predicate("plou.path", null, args));
        if (scope.orgUnitId() != null) {
            where.append(" OR (SELECT path FROM org_unit WHERE id = ").append(args.add(scope.orgUnitId())).append(") LIKE plou.path || '%'");
        }
        where.append(")");
        if (ids != null) {
            where.append(" AND pl.id = ANY(").append(args.add(ids.toArray(Long[]::new))).append(")");
        }
        if (beforeId != null) {
            where.append(" AND pl.id < ").append(args.add(beforeId));
        }
        return new ReadRoot.Selection("price_list pl LEFT JOIN org_unit plou ON plou.id = pl.org_unit_id", where.toString(), "pl.id DESC",
                List.of("pl.id"));
    }

    /** A price list's prices by SKU after {@code afterSkuId}; {@code priceListId} is its SQL expression. */
    public static ReadRoot.Selection priceListItems(String priceListId, Long afterSkuId, SqlArgs args) {
        return new ReadRoot.Selection("price_list_item pi", "pi.price_list_id = " + priceListId
                + (afterSkuId == null ? "" : " AND pi.sku_id > " + args.add(afterSkuId)), "pi.sku_id", List.of("pi.sku_id"));
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

    /** The SKU with this code: one indexed probe on a unique column. */
    public static ReadRoot.Selection skuByCode(String code, SqlArgs args) {
        return new ReadRoot.Selection(SKU.from(), "s.code = " + args.add(code), null, List.of());
    }

    /**
     * The SKU with this barcode, or whose replaced barcode it is while that stays valid (labels printed
     * with it are still on the shelves): two indexed probes.
     */
    public static ReadRoot.Selection skuByBarcode(String barcode, SqlArgs args) {
        String value = args.add(barcode);
        return new ReadRoot.Selection(SKU.from(), "s.id = coalesce((SELECT b.id FROM sku b WHERE b.barcode = " + value
                + "), (SELECT a.sku_id FROM sku_barcode_alias a WHERE a.barcode = " + value + " AND a.valid_until > now()))", null, List.of());
    }

    /** Barcode → SKU id of the given barcodes, current or replaced but still valid. */
    public static final String SKU_IDS_BY_BARCODES = """
            SELECT s.barcode, s.id FROM sku s WHERE s.barcode = ANY($1)
            UNION ALL
            SELECT a.barcode, a.sku_id FROM sku_barcode_alias a WHERE a.barcode = ANY($1) AND a.valid_until > now()""";
}
