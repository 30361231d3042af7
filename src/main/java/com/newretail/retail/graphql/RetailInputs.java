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
}
