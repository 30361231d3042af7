package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.CouponSource;
import com.newretail.operations.domain.CouponStatus;
import com.newretail.operations.persistence.CouponReader.CouponRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a member coupon. */
@Type("Coupon")
@Description("A coupon or red packet a member holds: its code (entered at the till with the member on the sale), value left and validity.")
public class Coupon implements Node {

    public static final String TYPE = "Coupon";

    private final CouponRow row;

    public Coupon(CouponRow row) {
        this.row = row;
    }

    @Ignore
    public CouponRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this coupon.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("The code the till takes (in `couponCodes`), e.g. CP3F9A0C21B7E4D5.")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Where it stands now.")
    public CouponStatus getStatus() {
        return CouponStatus.valueOf(row.status());
    }

    @NonNull
    @Description("The most it takes off (a red packet: its value when issued).")
    public Money getFaceValue() {
        return new Money(row.faceValue(), row.currency());
    }

    @NonNull
    @Description("What is left: a red packet's value left; a coupon's face value until used, then 0.")
    public Money getBalance() {
        return new Money(row.balance(), row.currency());
    }

    @NonNull
    @Description("Usable from then.")
    public OffsetDateTime getValidFrom() {
        return row.validFrom();
    }

    @NonNull
    @Description("Usable until then (exclusive).")
    public OffsetDateTime getValidTo() {
        return row.validTo();
    }

    @NonNull
    @Description("How the member got it.")
    public CouponSource getSource() {
        return CouponSource.valueOf(row.source());
    }

    @NonNull
    @Description("Who issued it (for a claim: who entered the claim).")
    public String getIssuedBy() {
        return row.issuedBy();
    }

    @NonNull
    @Description("When it was issued.")
    public OffsetDateTime getIssuedAt() {
        return row.issuedAt();
    }

    @Description("When it was last used at a till; null if never.")
    public OffsetDateTime getUsedAt() {
        return row.usedAt();
    }
}
