package com.newretail.retail.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;
import com.newretail.retail.domain.ReturnReason;
import com.newretail.retail.persistence.RetailReader.ReturnRow;
import com.newretail.retail.domain.ReturnStatus;

/** GraphQL view of a return. */
@Type("OrderReturn")
@Description("A return against order lines: REQUESTED → APPROVED / REJECTED → REFUNDED. Up to the configured amount it is "
        + "approved when requested; above it a store manager decides.")
public class OrderReturn implements Node {

    public static final String TYPE = "OrderReturn";

    private final ReturnRow row;

    public OrderReturn(ReturnRow row) {
        this.row = row;
    }

    @Ignore
    public ReturnRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this return.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public ReturnStatus getStatus() {
        return ReturnStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Changes with every change; pass it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Why the goods come back.")
    public ReturnReason getReason() {
        return ReturnReason.valueOf(row.reason());
    }

    @Description("Free text.")
    public String getNote() {
        return row.note();
    }

    @NonNull
    @Description("What is paid back: the returned share of each line's total.")
    public Money getRefundTotal() {
        return new Money(row.refundTotal(), row.currency());
    }

    @NonNull
    @Description("Who asked for it.")
    public String getRequestedBy() {
        return row.requestedBy();
    }

    @NonNull
    @Description("When.")
    public OffsetDateTime getRequestedAt() {
        return row.requestedAt();
    }

    @Description("Who approved or rejected it (the requester when approved automatically).")
    public String getDecidedBy() {
        return row.decidedBy();
    }

    @Description("Who refunded it.")
    public String getRefundedBy() {
        return row.refundedBy();
    }

    @Description("When it was refunded.")
    public OffsetDateTime getRefundedAt() {
        return row.refundedAt();
    }
}
