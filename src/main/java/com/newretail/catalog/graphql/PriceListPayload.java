package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a price list; the price list itself is read after the change committed. */
@Type("PriceListPayload")
@Description("Result of a mutation of a price list: the price list as it is now, or why nothing was changed.")
public class PriceListPayload {

    private final Long priceListId;
    private final List<CatalogUserError> userErrors;

    public PriceListPayload(Long priceListId, List<CatalogUserError> userErrors) {
        this.priceListId = priceListId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long priceListId() {
        return priceListId;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull CatalogUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
