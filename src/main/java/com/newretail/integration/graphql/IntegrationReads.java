package com.newretail.integration.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.integration.persistence.IntegrationReadModels;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;

/** The integration module's part of the planner: webhook subscriptions, deliveries and their events. */
@ApplicationScoped
class IntegrationReads implements ReadModelSource {

    private static final Set<String> SUBSCRIPTION_ALIASES = Set.of("ws");
    private static final Set<String> DELIVERY_ALIASES = Set.of("wd");

    @Override
    public List<ReadModel> readModels() {
        return List.of(IntegrationReadModels.SUBSCRIPTION, IntegrationReadModels.DELIVERY, IntegrationReadModels.EVENT);
    }

    @Override
    public List<NodeRead> readNodes() {
        return List.of(
                new NodeRead(IntegrationViews.Subscription.TYPE, "webhookSubscription", SUBSCRIPTION_ALIASES,
                        (id, scope, args) -> IntegrationReadModels.subscriptionsByIds(List.of(id), args)),
                new NodeRead(IntegrationViews.Delivery.TYPE, "webhookDelivery", DELIVERY_ALIASES,
                        (id, scope, args) -> IntegrationReadModels.deliveriesByIds(List.of(id), args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(
                new ReadRoot("webhookSubscription", IntegrationViews.Subscription.TYPE, false, SUBSCRIPTION_ALIASES, (arguments, page, scope, args) ->
                        IntegrationReadModels.subscriptionsByIds(List.of(GlobalId.decode(arguments.string("id"), IntegrationViews.Subscription.TYPE)), args)),
                new ReadRoot("webhookSubscriptions", IntegrationViews.Subscription.TYPE, true, SUBSCRIPTION_ALIASES, (arguments, page, scope, args) ->
                        IntegrationReadModels.subscriptions(page.afterId(), args)),
                new ReadRoot("webhookDelivery", IntegrationViews.Delivery.TYPE, false, DELIVERY_ALIASES, (arguments, page, scope, args) ->
                        IntegrationReadModels.deliveriesByIds(List.of(GlobalId.decode(arguments.string("id"), IntegrationViews.Delivery.TYPE)), args)),
                new ReadRoot("webhookDeliveries", IntegrationViews.Delivery.TYPE, true, DELIVERY_ALIASES, (arguments, page, scope, args) ->
                        IntegrationReadModels.deliveries(GlobalId.decode(arguments.string("subscriptionId"), IntegrationViews.Subscription.TYPE),
                                arguments.string("status"), page.afterId(), args)));
    }
}
