package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.NO_SALE_WAREHOUSE;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockLocations;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;
import com.newretail.retail.domain.CheckoutService.SaleHead;

import io.smallrye.mutiny.Uni;

/** The one-call sale of a till: at a store in the caller's scope, from its selling warehouse, committed as a checkout. */
@ApplicationScoped
public class SaleService {

    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final StockLocations locations;
    private final CheckoutService checkout;

    public SaleService(CallerScope callerScope, OrgUnitViews orgUnits, StockLocations locations, CheckoutService checkout) {
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.locations = locations;
        this.checkout = checkout;
    }

    public Uni<Outcome<Long>> post(long storeId, CartService.CartChange sale, List<TenderLine> tenders, String actor) {
        return callerScope.current().chain(scope -> orgUnits.placementInScope(storeId, scope)).chain(placement -> placement == null
                ? Outcome.refusedNow(NOT_FOUND, "No such store", "input", "storeId")
                : locations.saleWarehouseOf(storeId).chain(warehouse -> warehouse == null
                        ? Outcome.refusedNow(NO_SALE_WAREHOUSE, "The store has no STORE warehouse", "input", "storeId")
                        : checkout.sell(new SaleHead(storeId, warehouse, sale.customerId(), sale.salespersonId(), sale.couponCodes()),
                                placement.companyId(), sale.lines(), tenders, actor)));
    }
}
