package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code warehouseCreate}. */
@Type("WarehouseCreatePayload")
@Description("Result of `warehouseCreate`.")
public record WarehouseCreatePayload(
        @Description("The new warehouse; null when there are userErrors.") Warehouse warehouse,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull InventoryUserError> userErrors) {
}
