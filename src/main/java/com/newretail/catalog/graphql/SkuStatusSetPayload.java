package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of {@code skuStatusSet}; the SKU is read after the change committed. */
@Type("SkuStatusSetPayload")
@Description("Result of `skuStatusSet`: the SKU as it is now, or why nothing was changed.")
public record SkuStatusSetPayload(
        @Ignore Long skuId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    static final PayloadKind<Long, SkuStatusSetPayload, CatalogUserError> KIND = PayloadKind.ofId(CatalogUserError.AREA, Sku.TYPE,
            SkuStatusSetPayload::new, SkuStatusSetPayload::userErrors);
}
