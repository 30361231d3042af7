package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.DocumentReader.LineRow;

/** A quantity of one SKU on a document or reservation. */
@Type("StockQuantity")
@Description("A quantity of one SKU on a stock document or reservation.")
public class StockQuantity {

    private final LineRow row;

    public StockQuantity(LineRow row) {
        this.row = row;
    }

    @Ignore
    public LineRow row() {
        return row;
    }

    @NonNull
    @Description("Units.")
    public int getQuantity() {
        return row.quantity();
    }
}
