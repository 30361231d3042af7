package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.persistence.CouponReader.UseRow;
import com.newretail.platform.graphql.Money;

/** GraphQL view of one use of a coupon. */
@Type("CouponUse")
@Description("A sale a coupon was used on: what it took off, and what refunds gave back.")
public class CouponUse {

    private final UseRow row;

    public CouponUse(UseRow row) {
        this.row = row;
    }

    @Ignore
    public UseRow row() {
        return row;
    }

    @NonNull
    @Description("What the coupon took off the sale.")
    public Money getDiscount() {
        return new Money(row.discount(), row.currency());
    }

    @NonNull
    @Description("What refunds of the sale gave back to the coupon.")
    public Money getRestored() {
        return new Money(row.restored(), row.currency());
    }

    @NonNull
    @Description("When it was used.")
    public OffsetDateTime getUsedAt() {
        return row.usedAt();
    }
}
