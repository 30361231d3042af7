package com.newretail.catalog.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.PriceLevel;
import com.newretail.catalog.persistence.PriceReader.PriceListRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a price list. */
@Type("PriceList")
@Description("Prices of SKUs for one org unit and everything below it, or for every unit of a level, valid from "
        + "`validFrom` until (not including) `validTo`. See `price` for how a price is chosen.")
public class PriceList implements Node {

    public static final String TYPE = "PriceList";

    private final PriceListRow row;

    public PriceList(PriceListRow row) {
        this.row = row;
    }

    @Ignore
    public PriceListRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Global ID of the price list.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Code, unique.")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Display name, e.g. \"Dealer supply price 2027\".")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("ISO 4217 currency of every price on the list.")
    public String getCurrency() {
        return row.currency();
    }

    @Description("The level it applies to; null when it is assigned to one org unit.")
    public PriceLevel getLevel() {
        return row.orgUnitType() == null ? null : PriceLevel.valueOf(row.orgUnitType());
    }

    @NonNull
    @Description("First instant the prices apply.")
    public OffsetDateTime getValidFrom() {
        return row.validFrom();
    }

    @Description("Instant the prices stop applying; null for open-ended.")
    public OffsetDateTime getValidTo() {
        return row.validTo();
    }
}
