package com.newretail.operations.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.operations.domain.CouponKind;
import com.newretail.operations.domain.CouponReturnPolicy;

/** Inputs of the coupon mutations. */
public final class CouponInputs {

    private CouponInputs() {
    }

    /** Fields of {@code couponTemplateCreate}. */
    @Input("CouponTemplateInput")
    @Description("A coupon template: what its coupons give, where and on what, validity, cost shares and issuing caps.")
    public static class TemplateInput {
        @NonNull
        @Description("Name, 1-80 characters.")
        public String name;

        @NonNull
        @Description("What the coupons give.")
        public CouponKind kind;

        @NonNull
        @Description("Amount off (AMOUNT_OFF, THRESHOLD), percentage below 100 (PERCENT_OFF) or stored value (RED_PACKET); above 0, 2 decimals.")
        public BigDecimal value;

        @Description("PERCENT_OFF only, and required there: the most one coupon takes off.")
        public BigDecimal maxDiscount;

        @Description("The least the items a coupon applies to must cost; required above `value` for THRESHOLD. Default 0.")
        public BigDecimal minSpend;

        @NonNull
        @Id
        @Description("The org unit that owns the template (in your data scope); its coupons are valid at its stores.")
        public String ownerUnitId;

        @Id
        @Description("Only at stores under these org units (each under the owner); empty: every store of the owner.")
        public List<@NonNull String> storeUnitIds;

        @Id
        @Description("Only on products of these categories (and their subcategories); with skuIds, on either. Empty: on everything.")
        public List<@NonNull String> categoryIds;

        @Id
        @Description("Only on these SKUs; with categoryIds, on either.")
        public List<@NonNull String> skuIds;

        @Description("Whether its coupons may be used with other coupons in one sale. Default: true for red packets, false otherwise.")
        public Boolean stackable;

        @NonNull
        @Description("Issued and valid from then.")
        public OffsetDateTime validFrom;

        @NonNull
        @Description("Neither issued nor valid from then; in the future.")
        public OffsetDateTime validTo;

        @Description("Each coupon valid for this many days from issue (1-3650), never past validTo. Default: until validTo.")
        public Integer validDays;

        @Description("Percent of the redeemed value HQ bears. The three shares add up to 100; default 100/0/0.")
        public BigDecimal hqShare;

        @Description("Percent the store's sales company bears.")
        public BigDecimal companyShare;

        @Description("Percent the store's dealer bears.")
        public BigDecimal dealerShare;

        @Description("What refunds do to the coupons an order used. Default RESTORE.")
        public CouponReturnPolicy onReturn;

        @Description("The most face value all issued coupons may add up to (a PERCENT_OFF coupon counts its maxDiscount).")
        public BigDecimal budget;

        @Description("The most coupons that may be issued.")
        public Integer quantityCap;

        @Description("The most coupons of this template one member may get, 1-100. Default 1.")
        public Integer perPersonLimit;

        @Description("A public code members claim a coupon with (4-32 letters, digits, dashes; unique, case-insensitive).")
        public String claimCode;
    }

    /** Fields of {@code couponsIssue}. */
    @Input("CouponsIssueInput")
    @Description("Which template, and to whom: listed members, or the members of a segment snapshot.")
    public static class IssueInput {
        @NonNull
        @Id
        @Description("The template (owned in your data scope).")
        public String templateId;

        @Id
        @Description("1-500 members in your data scope; or give snapshotId.")
        public List<@NonNull String> customerIds;

        @Id
        @Description("A segment snapshot: each member gets one; or give customerIds.")
        public String snapshotId;
    }
}
