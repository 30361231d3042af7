package com.newretail.operations.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.market.MarketChannel;
import com.newretail.operations.persistence.MarketPriceReader.PriceRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;

/** GraphQL view of a market price observation. */
@Type("MarketPrice")
@Description("A price seen in the market: our SKU elsewhere, or a competitor's product by name, in a region, on a channel, on a day.")
public class MarketPrice {

    public static final String TYPE = "MarketPrice";

    private final PriceRow row;

    public MarketPrice(PriceRow row) {
        this.row = row;
    }

    @Ignore
    public PriceRow row() {
        return row;
    }

    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this observation.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @Description("The competitor's product as named; null when it is our SKU.")
    public String getProductName() {
        return row.productName();
    }

    @NonNull
    @Description("Where it was seen.")
    public MarketChannel getChannel() {
        return MarketChannel.valueOf(row.channel());
    }

    @NonNull
    @Description("The price seen.")
    public Money getPrice() {
        return new Money(row.price(), row.currency());
    }

    @NonNull
    @Description("The day it was seen.")
    public LocalDate getObservedOn() {
        return row.observedOn();
    }

    @NonNull
    @Description("The shop, site or document it was seen in.")
    public String getSource() {
        return row.source();
    }

    @Description("Anything worth knowing (a promotion, a pack size).")
    public String getNote() {
        return row.note();
    }

    @NonNull
    @Description("Who recorded it.")
    public String getObservedBy() {
        return row.observedBy();
    }

    @NonNull
    @Description("When it was recorded.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }
}
