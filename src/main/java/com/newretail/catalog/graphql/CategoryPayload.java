package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a category; the category is read after the change committed. */
@Type("CategoryPayload")
@Description("Result of a change of a category: the category as it is now, or why nothing changed.")
public record CategoryPayload(
        @Ignore Long categoryId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    static final PayloadKind<Long, CategoryPayload, CatalogUserError> KIND = PayloadKind.ofId(CatalogUserError.AREA, Category.TYPE, CategoryPayload::new,
            CategoryPayload::userErrors);
}
