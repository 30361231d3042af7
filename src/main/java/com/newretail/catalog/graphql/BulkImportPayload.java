package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.ProductImportService;
import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Result of a bulk catalog import. */
@Type("BulkImportPayload")
@Description("Result of `productsImport` and `skusBulkCreate`: what was created, or every row's problems (then nothing was created).")
public record BulkImportPayload(
        @NonNull @Description("New products.") int productsCreated,
        @NonNull @Description("New SKUs.") int skusCreated,
        @NonNull @Description("Problems, each naming its row as `rows.<index>.<field>`; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    /** Stores the two counts as the result, so a replay answers the same counts. */
    static final PayloadKind<ProductImportService.Imported, BulkImportPayload, CatalogUserError> KIND = new PayloadKind<>(CatalogUserError.AREA,
            (imported, errors) -> imported == null ? new BulkImportPayload(0, 0, errors)
                    : new BulkImportPayload(imported.productsCreated(), imported.skusCreated(), errors),
            BulkImportPayload::userErrors, imported -> imported.productsCreated() + ":" + imported.skusCreated(),
            stored -> {
                String[] counts = stored.split(":");
                return Uni.createFrom().item(new BulkImportPayload(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), List.of()));
            });
}
