package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a stock level; the stock level itself is read after the change committed. */
@Type("StockLevelPayload")
@Description("Result of a mutation of a stock level: the stock level as it is now, or why nothing was changed.")
public class StockLevelPayload {

    private final long warehouseId;
    private final Long skuId;
    private final List<InventoryUserError> userErrors;

    public StockLevelPayload(long warehouseId, Long skuId, List<InventoryUserError> userErrors) {
        this.warehouseId = warehouseId;
        this.skuId = skuId;
        this.userErrors = userErrors;
    }

    @Ignore
    public long warehouseId() {
        return warehouseId;
    }

    @Ignore
    public Long skuId() {
        return skuId;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull InventoryUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
