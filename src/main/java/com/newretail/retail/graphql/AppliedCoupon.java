package com.newretail.retail.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.Money;
import com.newretail.retail.api.CouponRule;

/** A coupon code on a cart and what it is worth. */
@Type("AppliedCoupon")
@Description("A coupon code on a cart: its discount, or why it does not apply.")
public class AppliedCoupon {

    private final CouponRule.Quote quote;
    private final String currency;

    public AppliedCoupon(CouponRule.Quote quote, String currency) {
        this.quote = quote;
        this.currency = currency;
    }

    @NonNull
    @Description("The code.")
    public String getCode() {
        return quote.code();
    }

    @NonNull
    @Description("The discount (0 when it does not apply).")
    public Money getDiscount() {
        return new Money(quote.discount(), currency);
    }

    @Description("Why it does not apply; null when it does.")
    public String getRefusal() {
        return quote.refusal();
    }
}
