package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a stock level; the stock level itself is read after the change committed. */
@Type("StockLevelPayload")
@Description("Result of a mutation of a stock level: the stock level as it is now, or why nothing was changed.")
public record StockLevelPayload(
        @Ignore long warehouseId,
        @Ignore Long skuId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull InventoryUserError> userErrors) {

    /** Names the stock level by its SKU; refusals carry no warehouse. */
    static final PayloadKind<Long, StockLevelPayload, InventoryUserError> KIND = new PayloadKind<>(InventoryUserError.AREA,
            (sku, errors) -> new StockLevelPayload(0, sku, errors), StockLevelPayload::userErrors, String::valueOf, null);
}
