package com.newretail.customer.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for customers, through {@code customer(id:)} and so its rule and visibility. */
@Singleton
public class CustomerNodes {

    @Produces
    @Singleton
    NodeLoader customers(CustomerGraphQL queries) {
        return NodeLoader.of(Customer.TYPE, id -> queries.customer(GlobalId.encode(Customer.TYPE, id)));
    }
}
