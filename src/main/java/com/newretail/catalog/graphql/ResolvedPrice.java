package com.newretail.catalog.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.persistence.PriceReader.ResolvedRow;
import com.newretail.platform.graphql.Money;

/** The price that applies to a SKU for an org unit at an instant. */
@Type("ResolvedPrice")
@Description("The price that applies to a SKU for an org unit at an instant, and where it comes from.")
public class ResolvedPrice {

    private final ResolvedRow row;

    public ResolvedPrice(ResolvedRow row) {
        this.row = row;
    }

    @Ignore
    public ResolvedRow row() {
        return row;
    }

    @NonNull
    @Description("The price.")
    public Money getPrice() {
        return new Money(row.amount(), row.currency());
    }

    @NonNull
    @Description("True when it is the SKU's retail price because no price list applies.")
    public boolean isRetailPrice() {
        return row.priceListId() == null;
    }
}
