package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a transfer; the transfer itself is read after the change committed. */
@Type("StockTransferPayload")
@Description("Result of a mutation of a transfer: the transfer as it is now, or why nothing was changed.")
public record StockTransferPayload(
        @Ignore Long transferId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull InventoryUserError> userErrors) {

    static final PayloadKind<Long, StockTransferPayload, InventoryUserError> KIND = PayloadKind.ofId(InventoryUserError.AREA, StockTransfer.TYPE, StockTransferPayload::new,
            StockTransferPayload::userErrors);
}
