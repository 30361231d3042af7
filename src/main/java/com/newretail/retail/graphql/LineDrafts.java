package com.newretail.retail.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Sku;
import com.newretail.customer.graphql.Customer;
import com.newretail.organization.graphql.Staff;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.retail.domain.CartLineDraft;
import com.newretail.retail.domain.CartService;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;

import io.smallrye.mutiny.Uni;

/**
 * The lines, customer, salesperson and coupons of a cart or a posted sale as domain values: barcodes
 * resolved to SKUs, IDs decoded before any asynchronous step (so a malformed one is an INVALID_ID
 * userError at its input path); or the problems.
 */
@ApplicationScoped
class LineDrafts {

    /** The input as domain values, or the problems (then {@code value} is null). */
    record Contents(CartService.CartChange value, List<RetailProblem> problems) {
    }

    private final SkuCatalog skus;

    LineDrafts(SkuCatalog skus) {
        this.skus = skus;
    }

    Uni<Contents> of(String customerId, String salespersonId, List<String> couponCodes, List<RetailInputs.CartLineInput> input) {
        List<RetailInputs.CartLineInput> lines = input == null ? List.of() : input;
        List<String> barcodes = lines.stream().filter(l -> l.skuId == null && l.barcode != null).map(l -> l.barcode).distinct().toList();
        // IDs are decoded before any asynchronous step, so a malformed one is an INVALID_ID userError (see MutationFrame.guard).
        List<Long> skuIds = java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> GlobalId.decodeOptionalAt(lines.get(i).skuId, Sku.TYPE, "input", "lines", i, "skuId")).toList();
        Long customer = GlobalId.decodeOptionalAt(customerId, Customer.TYPE, "input", "customerId");
        Long salesperson = GlobalId.decodeOptionalAt(salespersonId, Staff.TYPE, "input", "salespersonId");
        return skus.idsByBarcodes(barcodes).map(byBarcode -> {
            List<RetailProblem> problems = new ArrayList<>();
            List<CartLineDraft> drafts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                RetailInputs.CartLineInput line = lines.get(i);
                Long sku = skuIds.get(i) != null ? skuIds.get(i) : line.barcode == null ? null : byBarcode.get(line.barcode);
                if (sku == null) {
                    problems.add(RetailProblem.of(line.skuId == null && line.barcode == null ? RetailErrorCode.REQUIRED : RetailErrorCode.UNKNOWN_SKU,
                            line.barcode == null ? "Give skuId or barcode" : "No SKU has barcode " + line.barcode, "input", "lines",
                            String.valueOf(i), line.barcode == null ? "skuId" : "barcode"));
                    continue;
                }
                drafts.add(new CartLineDraft(sku, line.quantity, line.lineDiscount == null ? BigDecimal.ZERO : line.lineDiscount.value(),
                        line.discountReason));
            }
            List<String> codes = couponCodes == null ? List.of() : couponCodes.stream().map(String::trim).toList();
            return problems.isEmpty() ? new Contents(new CartService.CartChange(customer, salesperson, codes, drafts), null)
                    : new Contents(null, problems);
        });
    }
}
