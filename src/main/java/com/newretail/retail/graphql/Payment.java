package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.domain.Tender;
import com.newretail.retail.persistence.RetailReader.PaymentRow;

/** A tender of an order. */
@Type("Payment")
@Description("One tender of an order.")
public class Payment {

    private final PaymentRow row;
    private final String currency;

    public Payment(PaymentRow row, String currency) {
        this.row = row;
        this.currency = currency;
    }

    @NonNull
    @Description("How it was paid.")
    public Tender getTender() {
        return Tender.valueOf(row.tender());
    }

    @NonNull
    @Description("Amount tendered (cash may include the change).")
    public Money getAmount() {
        return new Money(row.amount(), currency);
    }

    @Description("Card slip, transaction or voucher number; null for cash.")
    public String getReference() {
        return row.reference();
    }
}
