package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code warehouseCreate}. */
@Type("WarehouseCreatePayload")
@Description("Result of `warehouseCreate`.")
public class WarehouseCreatePayload {

    private final Warehouse warehouse;
    private final List<InventoryUserError> userErrors;

    public WarehouseCreatePayload(Warehouse warehouse, List<InventoryUserError> userErrors) {
        this.warehouse = warehouse;
        this.userErrors = userErrors;
    }

    @Description("The new warehouse; null when there are userErrors.")
    public Warehouse getWarehouse() {
        return warehouse;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull InventoryUserError> getUserErrors() {
        return userErrors;
    }

    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
