package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code categoryCreate}. */
@Type("CategoryCreatePayload")
@Description("Result of `categoryCreate`.")
public class CategoryCreatePayload {

    private final Category category;
    private final List<CatalogUserError> userErrors;

    public CategoryCreatePayload(Category category, List<CatalogUserError> userErrors) {
        this.category = category;
        this.userErrors = userErrors;
    }

    @Description("The created category; null when there are userErrors.")
    public Category getCategory() {
        return category;
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
