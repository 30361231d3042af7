package com.newretail.operations.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.CouponKind;
import com.newretail.operations.domain.CouponReturnPolicy;
import com.newretail.operations.domain.TemplateStatus;
import com.newretail.operations.persistence.CouponReader.TemplateRow;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a coupon template. */
@Type("CouponTemplate")
@Description("What a campaign's coupons give (amount off, percent off with a cap, threshold, cash red packet), where and on what, for how long, "
        + "who bears the cost, and the caps on issuing them.")
public class CouponTemplate implements Node {

    public static final String TYPE = "CouponTemplate";

    private final TemplateRow row;

    public CouponTemplate(TemplateRow row) {
        this.row = row;
    }

    @Ignore
    public TemplateRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this template.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Name shown to staff and members.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("What the coupons give.")
    public CouponKind getKind() {
        return CouponKind.valueOf(row.kind());
    }

    @NonNull
    @Description("The amount off (AMOUNT_OFF, THRESHOLD), the percentage (PERCENT_OFF) or the stored value (RED_PACKET).")
    public DecimalValue getValue() {
        return new DecimalValue(row.value());
    }

    @Description("The most a PERCENT_OFF coupon takes off; null for other kinds.")
    public Money getMaxDiscount() {
        return money(row.maxDiscount());
    }

    @NonNull
    @Description("The least the items a coupon applies to must cost (0: no minimum).")
    public Money getMinSpend() {
        return money(row.minSpend());
    }

    @NonNull
    @Description("Whether its coupons may be used together with other coupons in one sale.")
    public boolean isStackable() {
        return row.stackable();
    }

    @NonNull
    @Description("Coupons are issued and valid from then.")
    public OffsetDateTime getValidFrom() {
        return row.validFrom();
    }

    @NonNull
    @Description("No coupon is issued or valid from then.")
    public OffsetDateTime getValidTo() {
        return row.validTo();
    }

    @Description("Each coupon is valid for this many days from its issue (never past validTo); null: until validTo.")
    public Integer getValidDays() {
        return row.validDays();
    }

    @NonNull
    @Description("Percent of the redeemed value HQ bears.")
    public DecimalValue getHqShare() {
        return new DecimalValue(row.hqShare());
    }

    @NonNull
    @Description("Percent of the redeemed value the store's sales company bears.")
    public DecimalValue getCompanyShare() {
        return new DecimalValue(row.companyShare());
    }

    @NonNull
    @Description("Percent of the redeemed value the store's dealer bears.")
    public DecimalValue getDealerShare() {
        return new DecimalValue(row.dealerShare());
    }

    @NonNull
    @Description("What a refunded return does to the coupons an order used.")
    public CouponReturnPolicy getOnReturn() {
        return CouponReturnPolicy.valueOf(row.onReturn());
    }

    @Description("The most face value all issued coupons may add up to; null: no budget cap.")
    public Money getBudget() {
        return money(row.budget());
    }

    @Description("The most coupons that may be issued; null: no quantity cap.")
    public Integer getQuantityCap() {
        return row.quantityCap();
    }

    @NonNull
    @Description("The most coupons of this template one member may hold (ever issued).")
    public int getPerPersonLimit() {
        return row.perPersonLimit();
    }

    @NonNull
    @Description("Coupons issued so far.")
    public int getIssuedCount() {
        return row.issuedCount();
    }

    @NonNull
    @Description("Face value of the coupons issued so far (what the budget counts).")
    public Money getIssuedValue() {
        return money(row.issuedValue());
    }

    @NonNull
    @Description("Coupons used at least once.")
    public int getUsedCount() {
        return row.usedCount();
    }

    @NonNull
    @Description("What the coupons took off at tills, net of what refunds restored.")
    public Money getRedeemedValue() {
        return money(row.redeemedValue());
    }

    @Description("The public code members claim a coupon with; null: not claimable.")
    public String getClaimCode() {
        return row.claimCode();
    }

    @NonNull
    @Description("Whether it still issues coupons.")
    public TemplateStatus getStatus() {
        return TemplateStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Who created it.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @Ignore
    public List<Long> storeUnitIds() {
        return row.storeUnitIds();
    }

    private Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, row.currency());
    }
}
