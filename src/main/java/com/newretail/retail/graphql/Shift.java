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
import com.newretail.retail.persistence.ShiftReader.ShiftRow;
import com.newretail.retail.domain.ShiftStatus;

/** GraphQL view of a cash drawer shift with its summary. */
@Type("Shift")
@Description("A cashier's cash drawer shift at a store and its summary: expectedCash = openingFloat + cashIn − cashOut + cash "
        + "taken (net of change) − cash refunded; variance = countedCash − expectedCash when closed. Amounts in CNY.")
public class Shift implements Node {

    public static final String TYPE = "Shift";
    static final String CURRENCY = "CNY";

    private final ShiftRow row;

    public Shift(ShiftRow row) {
        this.row = row;
    }

    @Ignore
    public ShiftRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this shift.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public ShiftStatus getStatus() {
        return ShiftStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Changes with every change; pass it as `expectedVersion` to close.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("The cashier (username).")
    public String getCashier() {
        return row.cashier();
    }

    @NonNull
    @Description("Cash in the drawer at opening.")
    public Money getOpeningFloat() {
        return new Money(row.openingFloat(), CURRENCY);
    }

    @NonNull
    @Description("Cash put in outside sales.")
    public Money getCashIn() {
        return new Money(row.cashIn(), CURRENCY);
    }

    @NonNull
    @Description("Cash taken out outside sales.")
    public Money getCashOut() {
        return new Money(row.cashOut(), CURRENCY);
    }

    @NonNull
    @Description("Cash paid back for returns refunded in this shift.")
    public Money getCashRefunded() {
        return new Money(row.cashRefunded(), CURRENCY);
    }

    @NonNull
    @Description("Orders checked out in this shift.")
    public int getOrders() {
        return row.orders();
    }

    @NonNull
    @Description("Returns refunded in this shift.")
    public int getRefundedReturns() {
        return row.refundedReturns();
    }

    @NonNull
    @Description("What should be in the drawer (now while open, at closing once closed).")
    public Money getExpectedCash() {
        return new Money(row.expectedCash(), CURRENCY);
    }

    @Description("Cash counted at closing.")
    public Money getCountedCash() {
        return row.countedCash() == null ? null : new Money(row.countedCash(), CURRENCY);
    }

    @Description("countedCash − expectedCash; null while open.")
    public Money getVariance() {
        return row.countedCash() == null ? null : new Money(row.countedCash().subtract(row.expectedCash()), CURRENCY);
    }

    @Description("The cashier's note at closing.")
    public String getNote() {
        return row.note();
    }

    @NonNull
    @Description("When it was opened.")
    public OffsetDateTime getOpenedAt() {
        return row.openedAt();
    }

    @Description("When it was closed.")
    public OffsetDateTime getClosedAt() {
        return row.closedAt();
    }
}
