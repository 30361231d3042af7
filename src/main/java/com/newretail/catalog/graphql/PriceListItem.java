package com.newretail.catalog.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.persistence.PriceReader.PriceItemRow;
import com.newretail.platform.graphql.Money;

/** One SKU's price on a price list. */
@Type("PriceListItem")
@Description("One SKU's price on a price list.")
public class PriceListItem {

    private final PriceItemRow row;
    private final String currency;

    public PriceListItem(PriceItemRow row, String currency) {
        this.row = row;
        this.currency = currency;
    }

    @Ignore
    public PriceItemRow row() {
        return row;
    }

    @NonNull
    @Description("The price.")
    public Money getPrice() {
        return new Money(row.amount(), currency);
    }
}
