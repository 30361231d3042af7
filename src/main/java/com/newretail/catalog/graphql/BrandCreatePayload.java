package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code brandCreate}. */
@Type("BrandCreatePayload")
@Description("Result of `brandCreate`.")
public class BrandCreatePayload {

    private final Brand brand;
    private final List<CatalogUserError> userErrors;

    public BrandCreatePayload(Brand brand, List<CatalogUserError> userErrors) {
        this.brand = brand;
        this.userErrors = userErrors;
    }

    @Description("The created brand; null when there are userErrors.")
    public Brand getBrand() {
        return brand;
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
