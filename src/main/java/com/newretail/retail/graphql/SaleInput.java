package com.newretail.retail.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.retail.domain.TenderLine;

/** Fields of {@code salePost}. */
@Input("SaleInput")
@Description("A whole sale as a till posts it: the service prices the lines again with the store's rules.")
public class SaleInput {
    @Id
    @NonNull
    @Description("The store selling: it must be in your scope and have a STORE warehouse.")
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

    @NonNull
    @Description("The lines, at least one.")
    public List<RetailInputs.@NonNull CartLineInput> lines;

    @NonNull
    @Description("The tenders; together they pay exactly the amount due (plus change in cash).")
    public List<RetailInputs.@NonNull TenderInput> tenders;

    List<TenderLine> toTenderLines() {
        return tenders == null ? List.of() : tenders.stream().map(RetailInputs.TenderInput::toLine).toList();
    }
}
