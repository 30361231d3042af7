package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of a change of a sku; the sku is read after the change committed. */
@Type("SkuPayload")
@Description("Result of a change of a sku: the sku as it is now, or why nothing changed.")
public record SkuPayload(
        @Ignore Long skuId,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    static final PayloadKind<Long, SkuPayload, CatalogUserError> KIND = PayloadKind.ofId(CatalogUserError.AREA, Sku.TYPE, SkuPayload::new,
            SkuPayload::userErrors);
}
