package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of a bulk catalog import. */
@Type("BulkImportPayload")
@Description("Result of `productsImport` and `skusBulkCreate`: what was created, or every row's problems (then nothing was created).")
public class BulkImportPayload {

    private final int productsCreated;
    private final int skusCreated;
    private final List<CatalogUserError> userErrors;

    public BulkImportPayload(int productsCreated, int skusCreated, List<CatalogUserError> userErrors) {
        this.productsCreated = productsCreated;
        this.skusCreated = skusCreated;
        this.userErrors = userErrors;
    }

    @NonNull
    @Description("New products.")
    public int getProductsCreated() {
        return productsCreated;
    }

    @NonNull
    @Description("New SKUs.")
    public int getSkusCreated() {
        return skusCreated;
    }

    @NonNull
    @Description("Problems, each naming its row as `rows.<index>.<field>`; empty on success.")
    public List<@NonNull CatalogUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }

    @Ignore
    public String resultId() {
        return productsCreated + ":" + skusCreated;
    }

    static BulkImportPayload replay(String resultId) {
        String[] counts = resultId.split(":");
        return new BulkImportPayload(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), List.of());
    }
}
