package com.newretail.supply.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for replenishment requests, through their own query and so its rule. */
@Singleton
public class SupplyNodes {

    @Produces
    @Singleton
    NodeLoader replenishmentRequests(SupplyGraphQL queries) {
        return NodeLoader.of(ReplenishmentRequest.TYPE, id -> queries.replenishmentRequest(GlobalId.encode(ReplenishmentRequest.TYPE, id)));
    }
}
