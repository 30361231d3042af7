package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a stocktake; the stocktake itself is read after the change committed. */
@Type("StocktakePayload")
@Description("Result of a mutation of a stocktake: the stocktake as it is now, or why nothing was changed.")
public record StocktakePayload(
        @Ignore Long stocktakeId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull InventoryUserError> userErrors) {

    static final PayloadKind<Long, StocktakePayload, InventoryUserError> KIND = PayloadKind.ofId(InventoryUserError.AREA, Stocktake.TYPE, StocktakePayload::new,
            StocktakePayload::userErrors);
}
