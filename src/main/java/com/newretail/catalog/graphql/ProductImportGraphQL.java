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

import com.newretail.catalog.domain.CatalogErrorCode;
import com.newretail.catalog.domain.CatalogProblem;
import com.newretail.catalog.domain.ImportRow;
import com.newretail.catalog.domain.ProductImportService;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.idempotency.IdempotentMutation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Bulk catalog imports: thousands of rows per call, every problem reported with its row, all or nothing. */
@GraphQLApi
public class ProductImportGraphQL {

    private static final String KEY_DESCRIPTION =
            "Any unique string (e.g. a UUID). Sending the same key again returns the first result instead of acting twice.";

    private final ProductImportService imports;
    private final CatalogReader reader;
    private final IdempotentMutation idempotent;
    private final AuditLog audit;

    public ProductImportGraphQL(ProductImportService imports, CatalogReader reader, IdempotentMutation idempotent, AuditLog audit) {
        this.imports = imports;
        this.reader = reader;
        this.idempotent = idempotent;
        this.audit = audit;
    }

    @Mutation("productsImport")
    @RolesAllowed("${newretail.rules.productsImport}")
    @WithTransaction
    @Description("Imports up to 5000 rows (one SKU each) of new products, or new SKUs of existing products. Any problem "
            + "refuses the whole import and every problem is reported with its row index, so a corrected file can be sent again.")
    public Uni<@NonNull BulkImportPayload> productsImport(
            @Name("rows") @NonNull @Description("The rows.") List<CatalogInputs.@NonNull ProductImportRowInput> rows,
            @Name("idempotencyKey") @Description(KEY_DESCRIPTION) String idempotencyKey) {
        return run("productsImport", rows.stream().map(CatalogInputs.ProductImportRowInput::toRow).toList(), idempotencyKey);
    }

    @Mutation("skusBulkCreate")
    @RolesAllowed("${newretail.rules.skusBulkCreate}")
    @WithTransaction
    @Description("Adds up to 5000 SKUs to an existing product, all or nothing, every problem reported with its row index.")
    public Uni<@NonNull BulkImportPayload> skusBulkCreate(
            @Name("productId") @Id @NonNull @Description("The product.") String productId,
            @Name("skus") @NonNull @Description("The new SKUs.") List<CatalogInputs.@NonNull SkuInput> skus,
            @Name("idempotencyKey") @Description(KEY_DESCRIPTION) String idempotencyKey) {
        long product;
        try {
            product = GlobalId.decode(productId, Product.TYPE);
        } catch (InvalidGlobalIdException e) {
            return refused(CatalogErrorCode.INVALID_ID, e.getMessage(), e.fieldOr("productId").toArray(String[]::new));
        }
        return reader.productsByIds(List.of(product)).chain(found -> found.isEmpty()
                ? refused(CatalogErrorCode.NOT_FOUND, "No such product", "productId")
                : run("skusBulkCreate", skus.stream().map(sku -> new ImportRow(found.get(0).code(), null, null, null, null, sku.code,
                        sku.barcode, sku.attributes, sku.retailPrice == null ? null : sku.retailPrice.value(), sku.currency)).toList(),
                        idempotencyKey));
    }

    private Uni<BulkImportPayload> run(String operation, List<ImportRow> rows, String idempotencyKey) {
        IdempotentMutation.Spec<BulkImportPayload> spec = new IdempotentMutation.Spec<>(operation, rows, BulkImportPayload::succeeded,
                BulkImportPayload::resultId, id -> Uni.createFrom().item(BulkImportPayload.replay(id)),
                problem -> new BulkImportPayload(0, 0, List.of(new CatalogUserError(CatalogProblem.of(
                        problem == IdempotentMutation.KeyProblem.REUSED ? CatalogErrorCode.IDEMPOTENCY_KEY_REUSED
                                : CatalogErrorCode.IDEMPOTENCY_KEY_INVALID, problem.message(), "idempotencyKey")))));
        return idempotent.run(idempotencyKey, spec, () -> imports.importRows(rows).chain(imported -> !imported.succeeded()
                ? Uni.createFrom().item(new BulkImportPayload(0, 0, imported.problems().stream().map(CatalogUserError::new).toList()))
                : audit.record(operation, List.of(), null, Map.of(), Map.of("rows", rows.size(), "productsCreated",
                        imported.productsCreated(), "skusCreated", imported.skusCreated()))
                        .replaceWith(new BulkImportPayload(imported.productsCreated(), imported.skusCreated(), List.of()))));
    }

    private static Uni<BulkImportPayload> refused(CatalogErrorCode code, String message, String... field) {
        return Uni.createFrom().item(new BulkImportPayload(0, 0, List.of(new CatalogUserError(CatalogProblem.of(code, message, field)))));
    }
}
