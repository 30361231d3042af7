package com.newretail.catalog.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.persistence.CatalogReadModels;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.Keyset;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;

/** The catalog's part of the planner: products, SKUs, categories, brands and price lists, and the lookups that return them. */
@ApplicationScoped
class CatalogReads implements ReadModelSource {

    private static final Set<String> FILTER_FIELDS = Set.of("search", "categoryId", "brandId");

    @Override
    public List<ReadModel> readModels() {
        return List.of(CatalogReadModels.PRODUCT, CatalogReadModels.SKU, CatalogReadModels.CATEGORY, CatalogReadModels.BRAND,
                CatalogReadModels.PRICE_LIST, CatalogReadModels.PRICE_LIST_ITEM);
    }

    /** {@code node(id:)} of catalog objects, as their node loaders read them (with the same rules). */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Product.TYPE, "product", Set.of("p"), (id, scope, args) -> CatalogReadModels.productsByIds(List.of(id), args)),
                new NodeRead(Sku.TYPE, "product", Set.of("s"), (id, scope, args) -> CatalogReadModels.byIds(CatalogReadModels.SKU, List.of(id), args)),
                new NodeRead(Category.TYPE, "categories", Set.of("cat"),
                        (id, scope, args) -> CatalogReadModels.byIds(CatalogReadModels.CATEGORY, List.of(id), args)),
                new NodeRead(Brand.TYPE, "brands", Set.of("br"), (id, scope, args) -> CatalogReadModels.byIds(CatalogReadModels.BRAND, List.of(id), args)),
                new NodeRead(PriceList.TYPE, "priceLists", CatalogReadModels.PRICE_LIST_ALIASES,
                        (id, scope, args) -> CatalogReadModels.priceLists(scope, List.of(id), null, args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(
                new ReadRoot("product", Product.TYPE, false, Set.of("p"), (arguments, page, scope, args) -> CatalogReadModels
                        .productsByIds(List.of(GlobalId.decode(arguments.string("id"), Product.TYPE)), args)),
                new ReadRoot("products", Product.TYPE, true, Set.of("p"), CatalogReads::products),
                new ReadRoot("categories", Category.TYPE, true, Set.of("cat"),
                        (arguments, page, scope, args) -> CatalogReadModels.byCode(CatalogReadModels.CATEGORY, page.afterKey(), args)),
                new ReadRoot("brands", Brand.TYPE, true, Set.of("br"),
                        (arguments, page, scope, args) -> CatalogReadModels.byCode(CatalogReadModels.BRAND, page.afterKey(), args)),
                new ReadRoot("skuByCode", Sku.TYPE, false, Set.of("s"),
                        (arguments, page, scope, args) -> CatalogReadModels.skuByCode(arguments.string("code").trim(), args)),
                new ReadRoot("skuByBarcode", Sku.TYPE, false, Set.of("s"),
                        (arguments, page, scope, args) -> CatalogReadModels.skuByBarcode(arguments.string("barcode").trim(), args)),
                new ReadRoot("priceLists", PriceList.TYPE, true, CatalogReadModels.PRICE_LIST_ALIASES,
                        (arguments, page, scope, args) -> CatalogReadModels.priceLists(scope, null, page.afterId(), args)));
    }

    /** As {@code CatalogGraphQL.products}: {@code where} first, the deprecated flat arguments otherwise. */
    private static ReadRoot.Selection products(Arguments arguments, com.newretail.platform.graphql.PageRequest page,
            com.newretail.platform.scope.DataScope scope, com.newretail.platform.scope.SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !FILTER_FIELDS.containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        Keyset position = Keyset.after(page);
        String search = where != null && where.string("search") != null ? where.string("search") : arguments.string("search");
        Long category = GlobalId.decodeFilter(where == null ? null : where.string("categoryId"), arguments.string("categoryId"),
                Category.TYPE, "categoryId");
        Long brand = GlobalId.decodeFilter(where == null ? null : where.string("brandId"), arguments.string("brandId"), Brand.TYPE, "brandId");
        return CatalogReadModels.products(search, category, brand, Keyset.keyOf(position), Keyset.idOf(position), args);
    }
}
