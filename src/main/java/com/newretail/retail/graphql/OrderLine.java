package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.persistence.RetailReader.OrderLineRow;

/** A line of an order. */
@Type("OrderLine")
@Description("A line of an order, priced as it was sold: lineTotal = unitPrice × quantity − lineDiscount − couponShare.")
public class OrderLine {

    private final OrderLineRow row;
    private final String currency;

    public OrderLine(OrderLineRow row, String currency) {
        this.row = row;
        this.currency = currency;
    }

    @Ignore
    public OrderLineRow row() {
        return row;
    }

    @NonNull
    @Description("Position on the receipt, from 1.")
    public int getLineNo() {
        return row.lineNo();
    }

    @NonNull
    @Description("Units sold.")
    public int getQuantity() {
        return row.quantity();
    }

    @NonNull
    @Description("Unit price at the sale.")
    public Money getUnitPrice() {
        return new Money(row.unitPrice(), currency);
    }

    @NonNull
    @Description("Line discount.")
    public Money getLineDiscount() {
        return new Money(row.lineDiscount(), currency);
    }

    @Description("Why the line discount was given.")
    public String getDiscountReason() {
        return row.discountReason();
    }

    @NonNull
    @Description("This line's share of the coupon discount.")
    public Money getCouponShare() {
        return new Money(row.couponShare(), currency);
    }

    @NonNull
    @Description("What the line cost.")
    public Money getLineTotal() {
        return new Money(row.lineTotal(), currency);
    }
}
