package com.newretail.integration.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for webhook subscriptions and deliveries, through their own queries and so their rules. */
@Singleton
public class IntegrationNodes {

    @Produces
    @Singleton
    NodeLoader webhookSubscriptions(IntegrationGraphQL queries) {
        return NodeLoader.of(IntegrationViews.Subscription.TYPE,
                id -> queries.webhookSubscription(GlobalId.encode(IntegrationViews.Subscription.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader webhookDeliveries(IntegrationGraphQL queries) {
        return NodeLoader.of(IntegrationViews.Delivery.TYPE, id -> queries.webhookDelivery(GlobalId.encode(IntegrationViews.Delivery.TYPE, id)));
    }
}
