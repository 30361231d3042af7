package com.newretail.retail.graphql;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.scope.CallerScope;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;
import com.newretail.retail.persistence.RetailReader;
import com.newretail.retail.persistence.RetailReader.CartRow;

import io.smallrye.mutiny.Uni;

/** What every cart mutation does first: find the cart within the caller's scope, and its store's sales company. */
@ApplicationScoped
class CartsInScope {

    private final RetailReader reader;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;

    CartsInScope(RetailReader reader, CallerScope callerScope, OrgUnitViews orgUnits) {
        this.reader = reader;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
    }

    /** Runs {@code work} with the cart and its company id; NOT_FOUND at {@code id} when the cart is not in scope. */
    <P> Uni<P> withCart(PayloadKind<?, P, ?> kind, long cartId, BiFunction<CartRow, Long, Uni<P>> work) {
        return callerScope.current().chain(scope -> reader.carts(List.of(cartId), scope)).chain(found -> found.isEmpty()
                ? kind.refusedNow(RetailProblem.of(RetailErrorCode.NOT_FOUND, "No such cart", "id"))
                : orgUnits.placement(found.get(0).storeId()).chain(placement -> work.apply(found.get(0), placement.companyId())));
    }
}
