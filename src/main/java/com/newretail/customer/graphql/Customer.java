package com.newretail.customer.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.api.CustomerLevel;
import com.newretail.customer.domain.Gender;
import com.newretail.customer.persistence.CustomerReader.CustomerRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a customer. */
@Type("Customer")
@Description("A customer (member) of a sales company: profile, consent, tags, the guide's notes and purchase figures net of returns; "
        + "found at checkout by mobile number.")
public class Customer implements Node {

    public static final String TYPE = "Customer";

    private final CustomerRow row;

    public Customer(CustomerRow row) {
        this.row = row;
    }

    @Ignore
    public CustomerRow row() {
        return row;
    }

    /** The database id, for other modules' fields on Customer. */
    @Ignore
    public long internalId() {
        return row.id();
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this customer.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Name.")
    public String getName() {
        return row.name();
    }

    @Description("Gender as the customer gave it; null when unknown.")
    public Gender getGender() {
        return row.gender() == null ? null : Gender.valueOf(row.gender());
    }

    @Description("Birthday; null when unknown.")
    public LocalDate getBirthday() {
        return row.birthday();
    }

    @NonNull
    @Description("Member tier.")
    public CustomerLevel getLevel() {
        return CustomerLevel.valueOf(row.level());
    }

    @NonNull
    @Description("Whether the customer agreed to marketing SMS.")
    public boolean isSmsConsent() {
        return row.smsConsent();
    }

    @Description("When the SMS consent was given; null without consent.")
    public OffsetDateTime getSmsConsentAt() {
        return row.smsConsentAt();
    }

    @NonNull
    @Description("What the customer spent: paid orders minus refunds.")
    public Money getLifetimeSpend() {
        return new Money(row.lifetimeSpend(), row.currency());
    }

    @NonNull
    @Description("Paid orders (cancelled ones do not count).")
    public int getOrderCount() {
        return row.orderCount();
    }

    @Description("When the first paid order was paid; null before any.")
    public OffsetDateTime getFirstPurchaseAt() {
        return row.firstPurchaseAt();
    }

    @Description("When the latest paid order was paid; null before any.")
    public OffsetDateTime getLastPurchaseAt() {
        return row.lastPurchaseAt();
    }

    @Description("Recency score 1-5 (5: bought most recently) among the paying members of the company; null before any purchase or scoring.")
    public Integer getRfmRecency() {
        return row.rfmRecency();
    }

    @Description("Frequency score 1-5 (5: most paid orders) among the paying members of the company; null before any purchase or scoring.")
    public Integer getRfmFrequency() {
        return row.rfmFrequency();
    }

    @Description("Monetary score 1-5 (5: highest spend) among the paying members of the company; null before any purchase or scoring.")
    public Integer getRfmMonetary() {
        return row.rfmMonetary();
    }

    @Description("When the RFM scores were computed (nightly, or by customerScoresRefresh); null before.")
    public OffsetDateTime getRfmScoredAt() {
        return row.rfmScoredAt();
    }

    @NonNull
    @Description("Increases with every profile change; send it as `expectedVersion` to customerUpdate.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("When the customer signed up.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @NonNull
    @Description("When the profile last changed.")
    public OffsetDateTime getUpdatedAt() {
        return row.updatedAt();
    }
}
