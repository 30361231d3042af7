package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.InventoryReader.StockLevelRow;

/** GraphQL view of the stock of one SKU in one warehouse. */
@Type("StockLevel")
@Description("Stock of one SKU in one warehouse. available = onHand - reserved; neither can go negative.")
public class StockLevel {

    /**
     * The SKU filter of stock-level reads. A list of global IDs typed String: SmallRye GraphQL
     * cannot transform an {@code @Id} list argument, so {@code [ID!]} would reject every value.
     */
    static final String SKU_IDS_FILTER = "Deprecated: use `where.skuIds`. Only these SKUs (global SKU IDs); all when empty.";

    private final StockLevelRow row;

    public StockLevel(StockLevelRow row) {
        this.row = row;
    }

    @Ignore
    public StockLevelRow row() {
        return row;
    }

    @NonNull
    @Description("Units physically in the warehouse.")
    public int getOnHand() {
        return row.onHand();
    }

    @NonNull
    @Description("Units held for orders awaiting pickup.")
    public int getReserved() {
        return row.reserved();
    }

    @NonNull
    @Description("Units that may be sold now: onHand - reserved.")
    public int getAvailable() {
        return row.onHand() - row.reserved();
    }

    @NonNull
    @Description("Level below which replenishment is due.")
    public int getSafetyStock() {
        return row.safetyStock();
    }

    @NonNull
    @Description("True when available stock is below the safety stock: time to replenish.")
    public boolean isBelowSafetyStock() {
        return row.onHand() - row.reserved() < row.safetyStock();
    }

    @NonNull
    @Description("When the level last changed.")
    public OffsetDateTime getUpdatedAt() {
        return row.updatedAt();
    }
}
