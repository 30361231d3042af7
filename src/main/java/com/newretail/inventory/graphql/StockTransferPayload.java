package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a transfer; the transfer itself is read after the change committed. */
@Type("StockTransferPayload")
@Description("Result of a mutation of a transfer: the transfer as it is now, or why nothing was changed.")
public class StockTransferPayload {

    private final Long transferId;
    private final List<InventoryUserError> userErrors;

    public StockTransferPayload(Long transferId, List<InventoryUserError> userErrors) {
        this.transferId = transferId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long transferId() {
        return transferId;
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
