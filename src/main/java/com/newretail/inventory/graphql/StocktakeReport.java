package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.StocktakeReader.StocktakeTotals;
import com.newretail.platform.graphql.Money;

/** Totals of a stocktake. */
@Type("StocktakeReport")
@Description("Totals of a stocktake: live figures while open, the posted ones afterwards. The lines are in `stocktake.lines`.")
public class StocktakeReport {

    private final Stocktake stocktake;
    private final StocktakeTotals totals;
    private final Money varianceValue;
    private final int approvalThreshold;

    public StocktakeReport(Stocktake stocktake, StocktakeTotals totals, Money varianceValue, int approvalThreshold) {
        this.stocktake = stocktake;
        this.totals = totals;
        this.varianceValue = varianceValue;
        this.approvalThreshold = approvalThreshold;
    }

    @Ignore
    public StocktakeTotals totals() {
        return totals;
    }

    @NonNull
    @Description("The stocktake.")
    public Stocktake getStocktake() {
        return stocktake;
    }

    @NonNull
    @Description("SKUs on the stocktake.")
    public int getLines() {
        return totals.lines();
    }

    @NonNull
    @Description("SKUs counted at least once.")
    public int getCountedLines() {
        return totals.countedLines();
    }

    @NonNull
    @Description("SKUs never counted (left as they are when posted).")
    public int getUncountedLines() {
        return totals.lines() - totals.countedLines();
    }

    @NonNull
    @Description("Counted SKUs whose variance is not zero.")
    public int getLinesWithVariance() {
        return totals.linesWithVariance();
    }

    @NonNull
    @Description("Units found above the book.")
    public int getUnitsGained() {
        return totals.unitsGained();
    }

    @NonNull
    @Description("Units missing against the book.")
    public int getUnitsLost() {
        return totals.unitsLost();
    }

    @NonNull
    @Description("unitsGained − unitsLost.")
    public int getNetVarianceUnits() {
        return totals.unitsGained() - totals.unitsLost();
    }

    @NonNull
    @Description("Net variance valued at retail price.")
    public Money getVarianceValue() {
        return varianceValue;
    }

    @NonNull
    @Description("Whether unitsGained + unitsLost is above the approval threshold, so posting needs a manager's approval.")
    public boolean isNeedsApproval() {
        return totals.unitsGained() + totals.unitsLost() > approvalThreshold;
    }

    @NonNull
    @Description("The approval threshold in units of absolute variance (configuration).")
    public int getApprovalThreshold() {
        return approvalThreshold;
    }
}
