package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.domain.Tender;
import com.newretail.retail.persistence.RetailReader.RefundRow;

/** Money paid back. */
@Type("Refund")
@Description("Money paid back for a return, by tender.")
public class Refund {

    private final RefundRow row;
    private final String currency;

    public Refund(RefundRow row, String currency) {
        this.row = row;
        this.currency = currency;
    }

    @NonNull
    @Description("The tender paid back to.")
    public Tender getTender() {
        return Tender.valueOf(row.tender());
    }

    @NonNull
    @Description("Amount.")
    public Money getAmount() {
        return new Money(row.amount(), currency);
    }

    @Description("Reference of the refund transaction.")
    public String getReference() {
        return row.reference();
    }
}
