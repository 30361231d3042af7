package com.newretail.retail.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.mutation.Outcome;
import com.newretail.retail.domain.CheckoutService.QuotedSale;
import com.newretail.retail.domain.CheckoutService.SaleHead;

import io.smallrye.mutiny.Uni;

/**
 * The one-call sale of a till: checked and priced first (reads only), then committed as a checkout at a
 * store the caller may sell at, from its selling warehouse.
 */
@ApplicationScoped
public class SaleService {

    private final SaleRules rules;
    private final CheckoutService checkout;

    public SaleService(SaleRules rules, CheckoutService checkout) {
        this.rules = rules;
        this.checkout = checkout;
    }

    /** Checks and prices a sale at a store the caller may sell at, from its selling warehouse; reads only. */
    public Uni<Outcome<QuotedSale>> quote(long storeId, CartService.CartChange sale, List<TenderLine> tenders) {
        return rules.sellingStore(storeId).chain(at -> !at.succeeded() ? Uni.createFrom().item(Outcome.<QuotedSale>refused(at.problems()))
                : checkout.quote(new SaleHead(storeId, at.value().warehouseId(), sale.customerId(), sale.salespersonId(), sale.couponCodes()),
                        at.value().companyId(), sale.lines(), tenders));
    }

    /** Commits a quoted sale, in the caller's transaction. */
    public Uni<Outcome<Long>> post(QuotedSale sale, String actor) {
        return checkout.sell(sale, actor);
    }
}
