package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a product; the product is read after the change committed. */
@Type("ProductPayload")
@Description("Result of a change of a product: the product as it is now, or why nothing changed.")
public record ProductPayload(
        @Ignore Long productId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    static final PayloadKind<Long, ProductPayload, CatalogUserError> KIND = PayloadKind.ofId(CatalogUserError.AREA, Product.TYPE, ProductPayload::new,
            ProductPayload::userErrors);
}
