package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.domain.Tender;
import com.newretail.retail.persistence.ShiftReader;

/** Sales of a shift by one tender. */
@Type("TenderTotal")
@Description("Sales of a shift by one tender (cash net of change).")
public class TenderTotal {

    private final ShiftReader.TenderTotal row;

    public TenderTotal(ShiftReader.TenderTotal row) {
        this.row = row;
    }

    @NonNull
    @Description("The tender.")
    public Tender getTender() {
        return Tender.valueOf(row.tender());
    }

    @NonNull
    @Description("The amount.")
    public Money getAmount() {
        return new Money(row.amount(), Shift.CURRENCY);
    }
}
