package com.newretail.platform.graphql;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An amount of money in a currency: exact decimal, never floating point. */
@Type("Money")
@Description("An amount of money: an exact decimal and its ISO 4217 currency.")
public class Money {

    // Named apart from the getters on purpose: SmallRye takes a same-named field's Java type for the field.
    private final BigDecimal exactAmount;
    private final String currencyCode;

    public Money(BigDecimal amount, String currency) {
        this.exactAmount = amount;
        this.currencyCode = currency;
    }

    @NonNull
    @Description("The amount, e.g. \"199.00\".")
    public DecimalValue getAmount() {
        return new DecimalValue(exactAmount);
    }

    @NonNull
    @Description("ISO 4217 currency code, e.g. CNY.")
    public String getCurrency() {
        return currencyCode;
    }
}
