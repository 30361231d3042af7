package com.newretail.catalog.graphql;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.domain.MasterDataService;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;

import io.smallrye.mutiny.Uni;

/**
 * Upkeep of master data: change products, SKUs, categories and brands with an optimistic
 * {@code expectedVersion}, archive instead of delete; each change audited with its values before and
 * after. Master data belongs to headquarters (no org unit on the audit entry).
 */
@GraphQLApi
public class MasterDataGraphQL {

    private final MasterDataService service;
    private final CatalogReader reader;
    private final MutationFrame frame;

    public MasterDataGraphQL(MasterDataService service, CatalogReader reader, MutationFrame frame) {
        this.service = service;
        this.reader = reader;
        this.frame = frame;
    }

    @Mutation("productUpdate")
    @RolesAllowed("${newretail.rules.productUpdate}")
    @Description("Changes a product's name, description, category, brand or unit; the tills see it with their next request. "
            + "STALE_VERSION when it changed since you read `expectedVersion`; ARCHIVED for an archived product.")
    public Uni<@NonNull ProductPayload> productUpdate(
            @Name("id") @Id @NonNull @Description("The product.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("What changes.") CatalogInputs.ProductUpdateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(ProductPayload.KIND, "productUpdate", idempotencyKey, () -> {
            long product = GlobalId.decodeAt(id, Product.TYPE, "id");
            Long category = GlobalId.decodeOptionalAt(input.categoryId, Category.TYPE, "input", "categoryId");
            Long brand = GlobalId.decodeOptionalAt(input.brandId, Brand.TYPE, "input", "brandId");
            MasterDataService.ProductChange change = new MasterDataService.ProductChange(input.name, input.description,
                    Boolean.TRUE.equals(input.clearDescription),
                    category, brand, input.unit);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", input.name == null ? null : input.name.trim());
            after.put("description", Boolean.TRUE.equals(input.clearDescription) ? "" : input.description);
            after.put("categoryId", category);
            after.put("brandId", brand);
            after.put("unit", input.unit);
            after.values().removeIf(value -> value == null);
            return call(Arrays.asList(product, expectedVersion, after.toString()), () -> service.updateProduct(product, expectedVersion, change), after);
        });
    }

    @Mutation("productArchive")
    @RolesAllowed("${newretail.rules.productArchive}")
    @Description("Archives a product instead of deleting it: it and its SKUs are no longer sold (INACTIVE); orders, stock and the ledger "
            + "keep naming them.")
    public Uni<@NonNull ProductPayload> productArchive(
            @Name("id") @Id @NonNull @Description("The product.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change(ProductPayload.KIND, "productArchive", Product.TYPE, id, idempotencyKey, expectedVersion, Map.of("archived", true),
                product -> service.archiveProduct(product, expectedVersion));
    }

    @Mutation("skuUpdate")
    @RolesAllowed("${newretail.rules.skuUpdate}")
    @Description("Changes a SKU's barcode, attributes or retail price. A replaced barcode keeps finding the SKU for "
            + "`newretail.catalog.replaced-barcode-days` (90 by default) and no other SKU may take it meanwhile (BARCODE_TAKEN).")
    public Uni<@NonNull SkuPayload> skuUpdate(
            @Name("id") @Id @NonNull @Description("The SKU.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("What changes.") CatalogInputs.SkuUpdateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(SkuPayload.KIND, "skuUpdate", idempotencyKey, () -> {
            long sku = GlobalId.decodeAt(id, Sku.TYPE, "id");
            String barcode = input.barcode == null ? null : input.barcode.trim();
            MasterDataService.SkuChange change = new MasterDataService.SkuChange(barcode, Boolean.TRUE.equals(input.clearBarcode), input.attributes,
                    input.retailPrice == null ? null : input.retailPrice.value());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("barcode", Boolean.TRUE.equals(input.clearBarcode) ? "" : barcode);
            after.put("attributes", input.attributes == null ? null : String.join(",", input.attributes));
            after.put("retailPrice", change.retailPrice() == null ? null : change.retailPrice().toPlainString());
            after.values().removeIf(value -> value == null);
            return MasterDataGraphQL.<SkuPayload>call(Arrays.asList(sku, expectedVersion, after.toString()),
                    () -> service.updateSku(sku, expectedVersion, change), after);
        });
    }

    @Mutation("categoryUpdate")
    @RolesAllowed("${newretail.rules.categoryUpdate}")
    @Description("Renames a category.")
    public Uni<@NonNull CategoryPayload> categoryUpdate(
            @Name("id") @Id @NonNull @Description("The category.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("name") @NonNull @Description("New name, 1-120 characters.") String name,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change(CategoryPayload.KIND, "categoryUpdate", Category.TYPE, id, idempotencyKey, List.of(expectedVersion, name),
                Map.of("name", name.trim()), category -> service.renameEntry(true, category, expectedVersion, name));
    }

    @Mutation("categoryMove")
    @RolesAllowed("${newretail.rules.categoryMove}")
    @Description("Moves a category (with its subcategories and products) under another category, or to the top when `parentId` is null. "
            + "CYCLE when the new parent is the category itself or below it.")
    public Uni<@NonNull CategoryPayload> categoryMove(
            @Name("id") @Id @NonNull @Description("The category.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("parentId") @Id @Description("The new parent; null for a top-level category.") String parentId,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(CategoryPayload.KIND, "categoryMove", idempotencyKey, () -> {
            long category = GlobalId.decodeAt(id, Category.TYPE, "id");
            Long parent = GlobalId.decodeOptionalAt(parentId, Category.TYPE, "parentId");
            return MasterDataGraphQL.<CategoryPayload>call(Arrays.asList(category, expectedVersion, parent),
                    () -> service.moveCategory(category, expectedVersion, parent), Map.of("parentId", parent == null ? "" : parentId));
        });
    }

    @Mutation("categoryArchive")
    @RolesAllowed("${newretail.rules.categoryArchive}")
    @Description("Archives a category no unarchived subcategory or product uses any more (IN_USE otherwise).")
    public Uni<@NonNull CategoryPayload> categoryArchive(
            @Name("id") @Id @NonNull @Description("The category.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change(CategoryPayload.KIND, "categoryArchive", Category.TYPE, id, idempotencyKey, expectedVersion, Map.of("archived", true),
                category -> service.archiveEntry(true, category, expectedVersion));
    }

    @Mutation("brandUpdate")
    @RolesAllowed("${newretail.rules.brandUpdate}")
    @Description("Renames a brand.")
    public Uni<@NonNull BrandPayload> brandUpdate(
            @Name("id") @Id @NonNull @Description("The brand.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("name") @NonNull @Description("New name, 1-120 characters.") String name,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change(BrandPayload.KIND, "brandUpdate", Brand.TYPE, id, idempotencyKey, List.of(expectedVersion, name), Map.of("name", name.trim()),
                brand -> service.renameEntry(false, brand, expectedVersion, name));
    }

    @Mutation("brandArchive")
    @RolesAllowed("${newretail.rules.brandArchive}")
    @Description("Archives a brand no unarchived product uses any more (IN_USE otherwise).")
    public Uni<@NonNull BrandPayload> brandArchive(
            @Name("id") @Id @NonNull @Description("The brand.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change(BrandPayload.KIND, "brandArchive", Brand.TYPE, id, idempotencyKey, expectedVersion, Map.of("archived", true),
                brand -> service.archiveEntry(false, brand, expectedVersion));
    }

    @Name("product")
    @Description("The product as it is now; null when there are userErrors.")
    public Uni<Product> changedProduct(@Source ProductPayload payload) {
        return payload.productId() == null ? Uni.createFrom().nullItem()
                : reader.productsByIds(List.of(payload.productId())).map(rows -> rows.isEmpty() ? null : new Product(rows.get(0)));
    }

    @Name("sku")
    @Description("The SKU as it is now; null when there are userErrors.")
    public Uni<Sku> changedSku(@Source SkuPayload payload) {
        return payload.skuId() == null ? Uni.createFrom().nullItem()
                : reader.skusByIds(List.of(payload.skuId())).map(rows -> rows.isEmpty() ? null : new Sku(rows.get(0)));
    }

    @Name("category")
    @Description("The category as it is now; null when there are userErrors.")
    public Uni<Category> changedCategory(@Source CategoryPayload payload) {
        return named("category", payload.categoryId(), Category::new);
    }

    @Name("brand")
    @Description("The brand as it is now; null when there are userErrors.")
    public Uni<Brand> changedBrand(@Source BrandPayload payload) {
        return named("brand", payload.brandId(), Brand::new);
    }

    private <E> Uni<E> named(String table, Long id, Function<com.newretail.catalog.persistence.NamedRow, E> view) {
        return id == null ? Uni.createFrom().nullItem()
                : reader.named(table, List.of(id)).map(rows -> rows.isEmpty() ? null : view.apply(rows.get(0)));
    }

    /** A change bound to {@code request}, audited with {@code after} (master data belongs to no org unit). */
    private static <P> Call<Long, P> call(Object request, java.util.function.Supplier<Uni<Outcome<Long>>> change, Map<String, ?> after) {
        return new Call<Long, P>(request, change::get, changed -> Call.Audit.of(null, after), null);
    }

    /**
     * A change of the item {@code id} (a global ID of {@code type}) that needs nothing else decoded:
     * bound to its key with {@code request}, audited with {@code after}.
     */
    private <P> Uni<P> change(com.newretail.platform.mutation.PayloadKind<Long, P, CatalogUserError> kind, String operation, String type, String id,
            String idempotencyKey, Object request, Map<String, ?> after, Function<Long, Uni<Outcome<Long>>> change) {
        return frame.run(kind, operation, idempotencyKey, () -> {
            long key = GlobalId.decodeAt(id, type, "id");
            return MasterDataGraphQL.<P>call(Arrays.asList(key, request), () -> change.apply(key), after);
        });
    }
}
