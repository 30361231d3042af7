package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code productCreate}. */
@Type("ProductCreatePayload")
@Description("Result of `productCreate`.")
public class ProductCreatePayload {

    private final Product product;
    private final List<CatalogUserError> userErrors;

    public ProductCreatePayload(Product product, List<CatalogUserError> userErrors) {
        this.product = product;
        this.userErrors = userErrors;
    }

    @Description("The created product; null when there are userErrors.")
    public Product getProduct() {
        return product;
    }

    @NonNull
    @Description("Why nothing was created; empty on success.")
    public List<@NonNull CatalogUserError> getUserErrors() {
        return userErrors;
    }

    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
