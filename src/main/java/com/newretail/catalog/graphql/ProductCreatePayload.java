package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code productCreate}. */
@Type("ProductCreatePayload")
@Description("Result of `productCreate`.")
public record ProductCreatePayload(
        @Description("The created product; null when there are userErrors.") Product product,
        @NonNull @Description("Why nothing was created; empty on success.") List<@NonNull CatalogUserError> userErrors) {
}
