package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code categoryCreate}. */
@Type("CategoryCreatePayload")
@Description("Result of `categoryCreate`.")
public record CategoryCreatePayload(
        @Description("The created category; null when there are userErrors.") Category category,
        @NonNull @Description("Why nothing was created; empty on success.") List<@NonNull CatalogUserError> userErrors) {
}
