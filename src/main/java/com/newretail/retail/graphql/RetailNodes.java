package com.newretail.retail.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for carts, orders, returns and shifts, through their own queries. */
@Singleton
public class RetailNodes {

    @Produces
    @Singleton
    NodeLoader carts(CartGraphQL queries) {
        return NodeLoader.of(Cart.TYPE, id -> queries.cart(GlobalId.encode(Cart.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader returns(ReturnGraphQL queries) {
        return NodeLoader.of(OrderReturn.TYPE, id -> queries.orderReturn(GlobalId.encode(OrderReturn.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader shifts(ShiftGraphQL queries) {
        return NodeLoader.of(Shift.TYPE, id -> queries.shift(GlobalId.encode(Shift.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader orders(OrderGraphQL queries) {
        return NodeLoader.of(Order.TYPE, id -> queries.order(GlobalId.encode(Order.TYPE, id)));
    }
}
