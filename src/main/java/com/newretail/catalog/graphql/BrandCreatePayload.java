package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code brandCreate}. */
@Type("BrandCreatePayload")
@Description("Result of `brandCreate`.")
public record BrandCreatePayload(
        @Description("The created brand; null when there are userErrors.") Brand brand,
        @NonNull @Description("Why nothing was created; empty on success.") List<@NonNull CatalogUserError> userErrors) {
}
