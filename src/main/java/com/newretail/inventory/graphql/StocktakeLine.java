package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.StocktakeReader.StocktakeLineRow;

/** One SKU of a stocktake. */
@Type("StocktakeLine")
@Description("One SKU of a stocktake: variance = counted − (frozenOnHand + movesSinceFreeze). Book figures are null "
        + "for counters of an open blind stocktake.")
public class StocktakeLine {

    private final StocktakeLineRow row;
    private final boolean bookVisible;

    public StocktakeLine(StocktakeLineRow row, boolean bookVisible) {
        this.row = row;
        this.bookVisible = bookVisible;
    }

    @Ignore
    public StocktakeLineRow row() {
        return row;
    }

    @Description("Units counted over all batches; null while nobody counted this SKU (it is then left as it is).")
    public Integer getCounted() {
        return row.counted();
    }

    @NonNull
    @Description("How many count batches included this SKU.")
    public int getCountBatches() {
        return row.countBatches();
    }

    @Description("Book quantity when the stocktake started.")
    public Integer getFrozenOnHand() {
        return bookVisible ? row.frozenOnHand() : null;
    }

    @Description("Net stock movement (sales, receipts, transfers…) between the freeze and this SKU's last count.")
    public Integer getMovesSinceFreeze() {
        return bookVisible ? row.movesSinceFreeze() : null;
    }

    @Description("frozenOnHand + movesSinceFreeze: what the book expects now (at posting, once posted).")
    public Integer getExpected() {
        return bookVisible ? row.expected() : null;
    }

    @Description("counted − expected; null when not counted. Posted as a STOCKTAKE ledger row.")
    public Integer getVariance() {
        return bookVisible ? row.variance() : null;
    }
}
