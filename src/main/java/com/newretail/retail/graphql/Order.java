package com.newretail.retail.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;
import com.newretail.retail.domain.OrderKind;
import com.newretail.retail.domain.OrderStatus;
import com.newretail.retail.persistence.RetailReader.OrderRow;

/** GraphQL view of an order. */
@Type("Order")
@Description("An order: PENDING_PAYMENT → PAID → FULFILLED → COMPLETED, or CANCELLED. A sale at the till is completed at "
        + "checkout; its receipt number is unique per store and business day.")
public class Order implements Node {

    public static final String TYPE = "Order";

    private final OrderRow row;

    public Order(OrderRow row) {
        this.row = row;
    }

    @Ignore
    public OrderRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this order.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Receipt number, unique per store and business day, e.g. 20261126-0042.")
    public String getReceiptNo() {
        return row.receiptNo();
    }

    @NonNull
    @Description("The store's business day of the sale (configured time zone).")
    public LocalDate getBusinessDate() {
        return row.businessDate();
    }

    @NonNull
    @Description("Where the order stands.")
    public OrderStatus getStatus() {
        return OrderStatus.valueOf(row.status());
    }

    @NonNull
    @Description("SALE (sold at the till, completed at once) or PICKUP (stock reserved until pickupBy).")
    public OrderKind getKind() {
        return OrderKind.valueOf(row.kind());
    }

    @NonNull
    @Description("Changes with every change; pass it as `expectedVersion` to pay, fulfil or cancel a pickup order.")
    public int getVersion() {
        return row.version();
    }

    @Description("Pickup orders: the reserved stock is held until then.")
    public OffsetDateTime getPickupBy() {
        return row.pickupBy();
    }

    @NonNull
    @Description("Σ unit price × quantity.")
    public Money getSubtotal() {
        return new Money(row.subtotal(), row.currency());
    }

    @NonNull
    @Description("Σ line discounts.")
    public Money getLineDiscounts() {
        return new Money(row.lineDiscounts(), row.currency());
    }

    @NonNull
    @Description("Σ coupon discounts.")
    public Money getCouponDiscount() {
        return new Money(row.couponDiscount(), row.currency());
    }

    @NonNull
    @Description("The amount due.")
    public Money getTotal() {
        return new Money(row.total(), row.currency());
    }

    @NonNull
    @Description("Σ tenders.")
    public Money getPaid() {
        return new Money(row.paid(), row.currency());
    }

    @NonNull
    @Description("Cash change given.")
    public Money getChange() {
        return new Money(row.changeGiven(), row.currency());
    }

    @NonNull
    @Description("The cashier (username) who checked out.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When the order was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }
}
