package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.InventoryReader.AvailabilityRow;

/** Where a SKU can be had. */
@Type("StockAvailability")
@Description("Available stock of a SKU in one warehouse, and how far that warehouse is from you in the org tree.")
public class StockAvailability {

    private final AvailabilityRow row;

    public StockAvailability(AvailabilityRow row) {
        this.row = row;
    }

    @NonNull
    @Description("The warehouse.")
    public Warehouse getWarehouse() {
        return new Warehouse(row.warehouse());
    }

    @NonNull
    @Description("Units available there now (on hand minus reserved).")
    public int getAvailable() {
        return row.available();
    }

    @NonNull
    @Description("Steps in the org tree between your org unit and the warehouse's (0 = your own unit).")
    public int getTreeDistance() {
        return row.distance();
    }
}
