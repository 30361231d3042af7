package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code skuStatusSet}; the SKU is read after the change committed. */
@Type("SkuStatusSetPayload")
@Description("Result of `skuStatusSet`: the SKU as it is now, or why nothing was changed.")
public class SkuStatusSetPayload {

    private final Long skuId;
    private final List<CatalogUserError> userErrors;

    public SkuStatusSetPayload(Long skuId, List<CatalogUserError> userErrors) {
        this.skuId = skuId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long skuId() {
        return skuId;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull CatalogUserError> getUserErrors() {
        return userErrors;
    }
}
