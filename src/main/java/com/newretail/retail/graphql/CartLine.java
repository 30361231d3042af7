package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.domain.CartLineDraft;
import com.newretail.retail.domain.Pricing;

/** A priced cart line. */
@Type("CartLine")
@Description("A line of a cart, priced now for the store: lineTotal = unitPrice × quantity − lineDiscount − couponShare.")
public class CartLine {

    private final int lineNo;
    private final CartLineDraft draft;
    private final Pricing.PricedLine priced;
    private final String currency;

    public CartLine(int lineNo, CartLineDraft draft, Pricing.PricedLine priced, String currency) {
        this.lineNo = lineNo;
        this.draft = draft;
        this.priced = priced;
        this.currency = currency;
    }

    @Ignore
    public long skuId() {
        return draft.skuId();
    }

    @NonNull
    @Description("Position in the cart, from 1.")
    public int getLineNo() {
        return lineNo;
    }

    @NonNull
    @Description("Units.")
    public int getQuantity() {
        return draft.quantity();
    }

    @Description("Unit price by the price rule; null when the SKU cannot be priced.")
    public Money getUnitPrice() {
        return priced == null ? null : new Money(priced.line().unitPrice(), currency);
    }

    @NonNull
    @Description("Discount on this line, given by the clerk.")
    public Money getLineDiscount() {
        return new Money(Pricing.money(draft.lineDiscount()), currency);
    }

    @Description("Why the line discount was given.")
    public String getDiscountReason() {
        return draft.discountReason();
    }

    @Description("This line's share of the coupon discount.")
    public Money getCouponShare() {
        return priced == null ? null : new Money(priced.couponShare(), currency);
    }

    @Description("What the line costs.")
    public Money getLineTotal() {
        return priced == null ? null : new Money(priced.total(), currency);
    }
}
