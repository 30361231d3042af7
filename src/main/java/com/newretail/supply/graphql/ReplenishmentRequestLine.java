package com.newretail.supply.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.supply.persistence.SupplyReader.LineRow;

/** GraphQL view of a line of a replenishment request. */
@Type("ReplenishmentRequestLine")
@Description("A SKU asked for, with what was suggested and why.")
public class ReplenishmentRequestLine {

    private final LineRow row;

    public ReplenishmentRequestLine(LineRow row) {
        this.row = row;
    }

    @Ignore
    public LineRow row() {
        return row;
    }

    @NonNull
    @Description("1, 2, … in the order given.")
    public int getLineNo() {
        return row.lineNo();
    }

    @NonNull
    @Description("Units asked for.")
    public int getQuantity() {
        return row.quantity();
    }

    @Description("Units the suggestion named when the request was made; null when it suggested nothing for this SKU.")
    public Integer getSuggestedQuantity() {
        return row.suggestedQuantity();
    }

    @Description("The suggestion's reasoning at the time; null without one.")
    public String getReason() {
        return row.reason();
    }
}
