package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a stocktake; the stocktake itself is read after the change committed. */
@Type("StocktakePayload")
@Description("Result of a mutation of a stocktake: the stocktake as it is now, or why nothing was changed.")
public class StocktakePayload {

    private final Long stocktakeId;
    private final List<InventoryUserError> userErrors;

    public StocktakePayload(Long stocktakeId, List<InventoryUserError> userErrors) {
        this.stocktakeId = stocktakeId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long stocktakeId() {
        return stocktakeId;
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
