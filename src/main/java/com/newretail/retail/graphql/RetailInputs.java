package com.newretail.retail.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.platform.graphql.DecimalValue;
import com.newretail.retail.domain.Tender;
import com.newretail.retail.domain.TenderLine;

/** Inputs of the retail operations. */
public final class RetailInputs {

    private RetailInputs() {
    }

    /** A line as the clerk enters it: by SKU or by scanned barcode. */
    @Input("CartLineInput")
    @Description("A cart line: the SKU (by ID or scanned barcode), units, and an optional discount with its reason.")
    public static class CartLineInput {
        @Id
        @Description("The SKU; give this or `barcode`.")
        public String skuId;

        @Description("The scanned barcode; give this or `skuId`.")
        public String barcode;

        @Description("Units, 1-9999.")
        public int quantity;

        @Description("Discount on the line, at most what the line costs; needs a reason.")
        public DecimalValue lineDiscount;

        @Description("Why the discount is given (at most 120 characters).")
        public String discountReason;
    }

    /** Fields of {@code cartCreate} and {@code cartUpdate}. */
    @Input("CartInput")
    @Description("What a cart holds. `storeId` is used by `cartCreate` only; `cartUpdate` replaces everything else.")
    public static class CartInput {
        @Id
        @Description("The store selling (cartCreate): it must be in your scope and have a STORE warehouse.")
        public String storeId;

        @Id
        @Description("The member buying, of the store's company; none for a walk-in sale.")
        public String customerId;

        @Id
        @Description("The staff member credited with the sale; must work at the store.")
        public String salespersonId;

        @DefaultValue("[]")
        @Description("Coupon codes to redeem (at most 5).")
        public List<String> couponCodes;

        @DefaultValue("[]")
        @Description("The lines.")
        public List<CartLineInput> lines;
    }

    /** One tender of a checkout. */
    @Input("TenderInput")
    @Description("One payment: how, how much, and its reference (required except for cash).")
    public static class TenderInput {
        @Description("How the customer pays.")
        public Tender tender;

        @Description("Amount; cash may exceed what is due (change is given).")
        public DecimalValue amount;

        @Description("Card slip, transaction or voucher number; at most 64 characters.")
        public String reference;

        TenderLine toLine() {
            return new TenderLine(tender, amount == null ? null : amount.value(), reference);
        }
    }

    /** Fields of {@code cartCheckout}. */
    @Input("CheckoutInput")
    @Description("How the customer pays.")
    public static class CheckoutInput {
        @Description("The tenders; together they pay exactly the amount due (plus change in cash).")
        public List<TenderInput> tenders;

        List<TenderLine> toLines() {
            return tenders == null ? List.of() : tenders.stream().map(TenderInput::toLine).toList();
        }
    }

    /** Filter of {@code orders}. */
    @Input("OrderFilter")
    @Description("Which orders to list; every given field must match.")
    public static class OrderFilter {
        @Id
        @Description("Only this store.")
        public String storeId;

        @Id
        @Description("Only stores in this org unit's subtree.")
        public String orgUnitId;

        @Description("Only this status.")
        public String status;

        @Description("Created at or after.")
        public OffsetDateTime from;

        @Description("Created before.")
        public OffsetDateTime to;

        @Id
        @Description("Only this customer's.")
        public String customerId;

        @Id
        @Description("Only those credited to this salesperson.")
        public String salespersonId;

        @Id
        @Description("Only those with a line of this SKU.")
        public String skuId;

        @Description("Total at least.")
        public DecimalValue minTotal;

        @Description("Total at most.")
        public DecimalValue maxTotal;

        static BigDecimal value(DecimalValue value) {
            return value == null ? null : value.value();
        }
    }

    /** A returned order line. */
    @Input("ReturnLineInput")
    @Description("Units of one order line coming back.")
    public static class ReturnLineInput {
        @Description("The order line's number (OrderLine.lineNo).")
        public int lineNo;

        @Description("Units, at most what was sold minus what other returns already hold.")
        public int quantity;

        @Description("SELLABLE (back to the selling warehouse) or DAMAGED (to the store's DAMAGED warehouse).")
        public com.newretail.retail.domain.ReturnCondition condition;
    }

    /** Fields of {@code orderReturnRequest}. */
    @Input("OrderReturnInput")
    @Description("A return request.")
    public static class OrderReturnInput {
        @Description("Why the goods come back.")
        public com.newretail.retail.domain.ReturnReason reason;

        @Description("Free text, at most 255 characters.")
        public String note;

        @Description("The lines.")
        public List<ReturnLineInput> lines;

        List<com.newretail.retail.domain.ReturnService.ReturnLineDraft> toLines() {
            return lines == null ? List.of() : lines.stream()
                    .map(l -> new com.newretail.retail.domain.ReturnService.ReturnLineDraft(l.lineNo, l.quantity, l.condition)).toList();
        }
    }

    /** Fields of {@code orderReturnRefund}. */
    @Input("RefundInput")
    @Description("How to pay back; without tenders the order's own tenders are used, in payment order.")
    public static class RefundInput {
        @DefaultValue("[]")
        @Description("Tenders and amounts; together exactly the refund total, each to a tender the order was paid with.")
        public List<TenderInput> refunds;

        List<TenderLine> toLines() {
            return refunds == null ? List.of() : refunds.stream().map(TenderInput::toLine).toList();
        }
    }

    /** Fields of {@code shiftOpen}. */
    @Input("ShiftOpenInput")
    @Description("Opening a cash drawer shift.")
    public static class ShiftOpenInput {
        @Id
        @Description("The store.")
        public String storeId;

        @Description("Cash in the drawer at opening, 0 or more.")
        public DecimalValue openingFloat;
    }

    /** Fields of {@code shiftCashMove}. */
    @Input("CashMoveInput")
    @Description("Cash put into or taken out of the drawer outside sales.")
    public static class CashMoveInput {
        @Description("In or out.")
        public com.newretail.retail.domain.CashMoveKind kind;

        @Description("Amount, above 0.")
        public DecimalValue amount;

        @Description("Why, 1-120 characters.")
        public String reason;
    }

    /** Fields of {@code shiftClose}. */
    @Input("ShiftCloseInput")
    @Description("Closing a shift.")
    public static class ShiftCloseInput {
        @Description("Cash counted in the drawer.")
        public DecimalValue countedCash;

        @Description("A note, e.g. explaining a variance; at most 255 characters.")
        public String note;
    }

    /** Fields of {@code cartPlacePickupOrder}. */
    @Input("PickupOrderInput")
    @Description("A pickup order: until when the stock is held, and the tenders if paid now.")
    public static class PickupOrderInput {
        @Description("The customer collects by then; the reservation expires afterwards (at most 30 days ahead).")
        public OffsetDateTime pickupBy;

        @DefaultValue("[]")
        @Description("Pay now (exactly the amount due, cash may exceed it), or leave empty to pay on pickup.")
        public List<TenderInput> tenders;

        List<TenderLine> toLines() {
            return tenders == null ? List.of() : tenders.stream().map(TenderInput::toLine).toList();
        }
    }
}
