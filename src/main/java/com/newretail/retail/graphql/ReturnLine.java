package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.domain.ReturnCondition;
import com.newretail.retail.persistence.RetailReader.ReturnLineRow;

/** A returned order line. */
@Type("ReturnLine")
@Description("Units of one order line coming back, their condition and what they refund.")
public class ReturnLine {

    private final ReturnLineRow row;
    private final String currency;

    public ReturnLine(ReturnLineRow row, String currency) {
        this.row = row;
        this.currency = currency;
    }

    @Ignore
    public ReturnLineRow row() {
        return row;
    }

    @NonNull
    @Description("The order line's number.")
    public int getLineNo() {
        return row.lineNo();
    }

    @NonNull
    @Description("Units returned.")
    public int getQuantity() {
        return row.quantity();
    }

    @NonNull
    @Description("SELLABLE or DAMAGED: where the units are restocked.")
    public ReturnCondition getCondition() {
        return ReturnCondition.valueOf(row.condition());
    }

    @NonNull
    @Description("What these units refund.")
    public Money getRefundAmount() {
        return new Money(row.refundAmount(), currency);
    }
}
