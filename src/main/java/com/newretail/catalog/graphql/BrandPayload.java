package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a brand; the brand is read after the change committed. */
@Type("BrandPayload")
@Description("Result of a change of a brand: the brand as it is now, or why nothing changed.")
public record BrandPayload(
        @Ignore Long brandId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    static final PayloadKind<Long, BrandPayload, CatalogUserError> KIND = PayloadKind.ofId(CatalogUserError.AREA, Brand.TYPE, BrandPayload::new,
            BrandPayload::userErrors);
}
