package com.newretail.catalog.graphql;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.catalog.domain.ImportRow;
import com.newretail.catalog.domain.ProductImportService;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;

import io.smallrye.mutiny.Uni;

/** Bulk catalog imports: thousands of rows per call, every problem reported with its row, all or nothing. */
@GraphQLApi
public class ProductImportGraphQL {

    private final ProductImportService imports;
    private final CatalogReader reader;
    private final MutationFrame frame;

    public ProductImportGraphQL(ProductImportService imports, CatalogReader reader, MutationFrame frame) {
        this.imports = imports;
        this.reader = reader;
        this.frame = frame;
    }

    @Mutation("productsImport")
    @RolesAllowed("${newretail.rules.productsImport}")
    @Description("Imports up to 5000 rows (one SKU each) of new products, or new SKUs of existing products. Any problem "
            + "refuses the whole import and every problem is reported with its row index, so a corrected file can be sent again.")
    public Uni<@NonNull BulkImportPayload> productsImport(
            @Name("rows") @NonNull @Description("The rows.") List<CatalogInputs.@NonNull ProductImportRowInput> rows,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(BulkImportPayload.KIND, "productsImport", idempotencyKey,
                () -> call(rows.stream().map(CatalogInputs.ProductImportRowInput::toRow).toList()));
    }

    @Mutation("skusBulkCreate")
    @RolesAllowed("${newretail.rules.skusBulkCreate}")
    @Description("Adds up to 5000 SKUs to an existing product, all or nothing, every problem reported with its row index.")
    public Uni<@NonNull BulkImportPayload> skusBulkCreate(
            @Name("productId") @Id @NonNull @Description("The product.") String productId,
            @Name("skus") @NonNull @Description("The new SKUs.") List<CatalogInputs.@NonNull SkuInput> skus,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(BulkImportPayload.KIND, () -> {
            long product = GlobalId.decodeAt(productId, Product.TYPE, "productId");
            return reader.productsByIds(List.of(product)).chain(found -> found.isEmpty()
                    ? BulkImportPayload.KIND.notFound("product", "productId")
                    : frame.once(BulkImportPayload.KIND, "skusBulkCreate", idempotencyKey, call(skus.stream()
                            .map(sku -> new ImportRow(found.get(0).code(), null, null, null, null, sku.code, sku.barcode, sku.attributes,
                                    sku.retailPrice == null ? null : sku.retailPrice.value(), sku.currency))
                            .toList())));
        });
    }

    private Call<ProductImportService.Imported, BulkImportPayload> call(List<ImportRow> rows) {
        return new Call<>(rows, () -> imports.importRows(rows), imported -> new Call.Audit(List.of(), null, Map.of("rows", rows.size(),
                "productsCreated", imported.productsCreated(), "skusCreated", imported.skusCreated())), null);
    }
}
