package com.newretail.retail.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.mutation.Outcome;
import com.newretail.retail.domain.CheckoutService.SaleHead;

import io.smallrye.mutiny.Uni;

/** The one-call sale of a till: at a store the caller may sell at, from its selling warehouse, committed as a checkout. */
@ApplicationScoped
public class SaleService {

    private final SaleRules rules;
    private final CheckoutService checkout;

    public SaleService(SaleRules rules, CheckoutService checkout) {
        this.rules = rules;
        this.checkout = checkout;
    }

    public Uni<Outcome<Long>> post(long storeId, CartService.CartChange sale, List<TenderLine> tenders, String actor) {
        return rules.sellingStore(storeId).chain(at -> !at.succeeded() ? Uni.createFrom().item(Outcome.<Long>refused(at.problems()))
                : checkout.sell(new SaleHead(storeId, at.value().warehouseId(), sale.customerId(), sale.salespersonId(), sale.couponCodes()),
                        at.value().companyId(), sale.lines(), tenders, actor));
    }
}
