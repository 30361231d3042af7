package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a price list; the price list itself is read after the change committed. */
@Type("PriceListPayload")
@Description("Result of a mutation of a price list: the price list as it is now, or why nothing was changed.")
public record PriceListPayload(
        @Ignore Long priceListId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull CatalogUserError> userErrors) {

    static final PayloadKind<Long, PriceListPayload, CatalogUserError> KIND = PayloadKind.ofId(CatalogUserError.AREA, PriceList.TYPE, PriceListPayload::new,
            PriceListPayload::userErrors);
}
