package com.newretail.catalog.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.domain.CatalogService;
import com.newretail.catalog.domain.CatalogStatus;
import com.newretail.catalog.domain.ProductDraft;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.catalog.persistence.CatalogStore;
import com.newretail.catalog.persistence.NamedRow;
import com.newretail.catalog.persistence.ProductRow;
import com.newretail.catalog.persistence.SkuRow;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Keyset;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Catalog queries for all staff, and headquarters' catalog maintenance. */
@GraphQLApi
public class CatalogGraphQL {

    private final CatalogService service;
    private final CatalogReader reader;
    private final CatalogStore store;
    private final MutationFrame frame;

    public CatalogGraphQL(CatalogService service, CatalogReader reader, CatalogStore store, MutationFrame frame) {
        this.service = service;
        this.reader = reader;
        this.store = store;
        this.frame = frame;
    }

    @Query("product")
    @RolesAllowed("${newretail.rules.product}")
    @Description("A product by ID; null when it does not exist.")
    public Uni<Product> product(@Name("id") @Id @NonNull @Description("Global ID of the product.") String id) {
        return reader.productsByIds(List.of(GlobalId.decode(id, Product.TYPE)))
                .map(rows -> rows.isEmpty() ? null : new Product(rows.get(0)));
    }

    @Query("products")
    @RolesAllowed("${newretail.rules.products}")
    @Description("Products by name; search by name, or exactly by product code, SKU code or barcode.")
    public Uni<@NonNull ProductConnection> products(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("where") @Description("Filter.") CatalogInputs.ProductFilter where,
            @Name("search") @Deprecated @Description("Deprecated: use `where.search`.") String search,
            @Name("categoryId") @Id @Deprecated @Description("Deprecated: use `where.categoryId`.") String categoryId,
            @Name("brandId") @Id @Deprecated @Description("Deprecated: use `where.brandId`.") String brandId) {
        PageRequest page = PageRequest.of(first, after);
        Keyset position = Keyset.after(page);
        String text = where != null && where.search != null ? where.search : search;
        Long category = GlobalId.decodeFilter(where == null ? null : where.categoryId, categoryId, Category.TYPE, "categoryId");
        Long brand = GlobalId.decodeFilter(where == null ? null : where.brandId, brandId, Brand.TYPE, "brandId");
        return reader.products(text, category, brand, Keyset.keyOf(position), Keyset.idOf(position), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Keyset.cursor(row.name(), row.id()),
                        (row, cursor) -> new ProductConnection.Edge(new Product(row), cursor), ProductConnection::new));
    }

    @Query("skuByBarcode")
    @RolesAllowed("${newretail.rules.skuByBarcode}")
    @Description("The POS scanner's lookup: the SKU with this barcode, or null.")
    public Uni<Sku> skuByBarcode(@Name("barcode") @NonNull @Description("The scanned barcode.") String barcode) {
        return reader.skuByBarcode(barcode.trim()).map(row -> row == null ? null : new Sku(row));
    }

    @Query("skuByCode")
    @RolesAllowed("${newretail.rules.skuByCode}")
    @Description("The SKU with this code (exact), or null.")
    public Uni<Sku> skuByCode(@Name("code") @NonNull @Description("The SKU code.") String code) {
        return reader.skuByCode(code.trim()).map(row -> row == null ? null : new Sku(row));
    }

    @Query("categories")
    @RolesAllowed("${newretail.rules.categories}")
    @Description("Product categories by code.")
    public Uni<@NonNull CategoryConnection> categories(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return namedPage("category", first, after, Category::new, CategoryConnection.Edge::new, CategoryConnection::new);
    }

    @Query("brands")
    @RolesAllowed("${newretail.rules.brands}")
    @Description("Brands by code.")
    public Uni<@NonNull BrandConnection> brands(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return namedPage("brand", first, after, Brand::new, BrandConnection.Edge::new, BrandConnection::new);
    }

    @Name("skus")
    @NonNull
    @Description("The product's SKUs, by code.")
    public Uni<List<@NonNull List<@NonNull Sku>>> skus(@Source List<Product> products) {
        return reader.skusOfProducts(products.stream().map(p -> p.row().id()).toList()).map(rows -> {
            Map<Long, List<SkuRow>> byProduct = rows.stream().collect(Collectors.groupingBy(SkuRow::productId));
            return products.stream().map(p -> byProduct.getOrDefault(p.row().id(), List.of()).stream().map(Sku::new).toList())
                    .toList();
        });
    }

    @Name("category")
    @Description("The product's category.")
    public Uni<List<Category>> category(@Source List<Product> products) {
        return byId("category", products, p -> p.row().categoryId(), Category::new);
    }

    @Name("parent")
    @Description("The parent category; null for a top-level category.")
    public Uni<List<Category>> categoryParent(@Source List<Category> categories) {
        return byId("category", categories, Category::parentInternalId, Category::new);
    }

    @Name("brand")
    @Description("The product's brand.")
    public Uni<List<Brand>> brand(@Source List<Product> products) {
        return byId("brand", products, p -> p.row().brandId(), Brand::new);
    }

    @Name("product")
    @NonNull
    @Description("The product this SKU belongs to.")
    public Uni<List<@NonNull Product>> skuProduct(@Source List<Sku> skus) {
        return reader.productsByIds(skus.stream().map(s -> s.row().productId()).distinct().toList()).map(rows -> {
            Map<Long, ProductRow> byId = rows.stream().collect(Collectors.toMap(ProductRow::id, r -> r));
            return skus.stream().map(s -> new Product(byId.get(s.row().productId()))).toList();
        });
    }

    @Mutation("categoryCreate")
    @RolesAllowed("${newretail.rules.categoryCreate}")
    @Description("Creates a product category, optionally under a parent category.")
    public Uni<@NonNull CategoryCreatePayload> categoryCreate(
            @Name("input") @NonNull @Description("Code, name and optional parent.") CatalogInputs.EntryInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = namedKind("category", Category.TYPE, Category::new, CategoryCreatePayload::new, CategoryCreatePayload::userErrors);
        return frame.run(kind, "categoryCreate", idempotencyKey, () -> {
            Long parent = GlobalId.decodeOptionalAt(input.parentId, Category.TYPE, "input", "parentId");
            return namedCall(List.of(input.code, String.valueOf(input.name), String.valueOf(parent)),
                    () -> service.createCategory(input.code, input.name, parent), "category", Category::new, CategoryCreatePayload::new);
        });
    }

    @Mutation("brandCreate")
    @RolesAllowed("${newretail.rules.brandCreate}")
    @Description("Creates a brand.")
    public Uni<@NonNull BrandCreatePayload> brandCreate(
            @Name("input") @NonNull @Description("Code and name.") CatalogInputs.EntryInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = namedKind("brand", Brand.TYPE, Brand::new, BrandCreatePayload::new, BrandCreatePayload::userErrors);
        return frame.run(kind, "brandCreate", idempotencyKey, () -> namedCall(List.of(String.valueOf(input.code), String.valueOf(input.name)),
                () -> service.createBrand(input.code, input.name), "brand", Brand::new, BrandCreatePayload::new));
    }

    @Mutation("productCreate")
    @RolesAllowed("${newretail.rules.productCreate}")
    @Description("Creates a product together with its SKUs, all or nothing.")
    public Uni<@NonNull ProductCreatePayload> productCreate(
            @Name("input") @NonNull @Description("The product and its SKUs.") CatalogInputs.ProductInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        PayloadKind<Long, ProductCreatePayload, CatalogUserError> kind = new PayloadKind<>(CatalogUserError.AREA,
                (id, errors) -> new ProductCreatePayload(null, errors), ProductCreatePayload::userErrors, id -> GlobalId.encode(Product.TYPE, id),
                stored -> reader.productsByIds(List.of(GlobalId.decode(stored, Product.TYPE)))
                        .map(rows -> new ProductCreatePayload(rows.isEmpty() ? null : new Product(rows.get(0)), List.of())));
        return frame.run(kind, "productCreate", idempotencyKey, () -> {
            ProductDraft draft = input.toDraft();
            return new Call<Long, ProductCreatePayload>(draft, () -> service.createProduct(draft),
                    id -> Call.Audit.of(null, Map.of("code", draft.code(), "name", draft.name(), "skus", draft.skus().size())),
                    // Built from the draft: the pool would not see the uncommitted rows.
                    id -> Uni.createFrom().item(new ProductCreatePayload(new Product(new ProductRow(id, draft.code(), draft.name().trim(),
                            draft.description(), draft.categoryId(), draft.brandId(), draft.unit() == null ? "PCS" : draft.unit(),
                            CatalogStatus.ACTIVE, 0, null)), List.of())));
        });
    }

    /** How a payload naming a created category or brand is built and, on a replay, read back. */
    private <E, P> PayloadKind<Long, P, CatalogUserError> namedKind(String table, String type, Function<NamedRow, E> view,
            BiFunction<E, List<CatalogUserError>, P> payload, Function<P, List<CatalogUserError>> errorsOf) {
        return new PayloadKind<>(CatalogUserError.AREA, (id, errors) -> payload.apply(null, errors), errorsOf, id -> GlobalId.encode(type, id),
                stored -> reader.named(table, List.of(GlobalId.decode(stored, type)))
                        .map(rows -> payload.apply(rows.isEmpty() ? null : view.apply(rows.get(0)), List.of())));
    }

    /** Creates a category or brand and reads it back inside the transaction. */
    private <E, P> Call<Long, P> namedCall(Object request, Supplier<Uni<Outcome<Long>>> create, String table,
            Function<NamedRow, E> view, BiFunction<E, List<CatalogUserError>, P> payload) {
        return new Call<Long, P>(request, create::get, id -> Call.Audit.of(null, Map.of("request", String.valueOf(request))),
                id -> store.named(table, id).map(row -> payload.apply(view.apply(row), List.of())));
    }

    private <E, C, G> Uni<C> namedPage(String table, Integer first, String after, Function<NamedRow, E> view,
            BiFunction<E, String, G> edge, BiFunction<List<G>, com.newretail.platform.graphql.PageInfo, C> connection) {
        PageRequest page = PageRequest.of(first, after);
        String afterCode = page.afterKey();
        return reader.namedPage(table, afterCode, page.fetchSize()).map(rows -> Connections.of(rows, page,
                row -> Cursor.encode(row.code()), (row, cursor) -> edge.apply(view.apply(row), cursor), connection));
    }

    private <S, E> Uni<List<E>> byId(String table, List<S> products, Function<S, Long> idOf, Function<NamedRow, E> view) {
        List<Long> ids = products.stream().map(idOf).filter(id -> id != null).distinct().toList();
        return reader.named(table, ids).map(rows -> {
            Map<Long, NamedRow> byId = rows.stream().collect(Collectors.toMap(NamedRow::id, r -> r));
            return products.stream().map(p -> {
                Long id = idOf.apply(p);
                return id == null || !byId.containsKey(id) ? null : view.apply(byId.get(id));
            }).toList();
        });
    }

}
