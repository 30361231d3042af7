package com.newretail.retail.graphql;

import java.util.List;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.events.DatabaseEvents;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.security.OperationRules;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.persistence.RetailReader;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live orders for a store dashboard, fed by the database's commit-time notifications. */
@GraphQLApi
public class OrderSubscriptions {

    /** Sent by the retail_order insert trigger: {"id": order, "store": store}. */
    static final String ORDER_PLACED = "newretail_order_placed";

    private final DatabaseEvents events;
    private final RetailReader reader;
    private final CallerScope callerScope;
    private final OperationRules rules;
    private final SecurityIdentity identity;
    private final OrgUnitViews orgUnits;

    public OrderSubscriptions(DatabaseEvents events, RetailReader reader, CallerScope callerScope, OperationRules rules, SecurityIdentity identity, OrgUnitViews orgUnits) {
        this.events = events;
        this.reader = reader;
        this.callerScope = callerScope;
        this.rules = rules;
        this.identity = identity;
        this.orgUnits = orgUnits;
    }

    void listen(@Observes StartupEvent startup) {
        events.listen(ORDER_PLACED);
    }

    @Subscription("orderPlaced")
    @Description("Every order placed at the store from now on (till sales once paid, pickup orders when placed), as it "
            + "is committed. Completes at once when the store does not exist or is outside your data scope. "
            + "Ends with the error code live-updates-interrupted (and no data) when changes may have been missed: refetch, then subscribe again.")
    public Multi<@NonNull Order> orderPlaced(@Name("storeId") @Id @NonNull @Description("The store to watch.") String storeId) {
        return rules.subscription("orderPlaced", identity, () -> {
            long store = GlobalId.decode(storeId, OrgUnit.TYPE);
            return callerScope.current().chain(scope -> orgUnits.visible(store, scope).map(visible -> visible ? scope : null))
                    .onItem().transformToMulti(scope -> scope == null ? Multi.createFrom().empty() : placedAt(store, scope));
        });
    }

    private Multi<Order> placedAt(long store, DataScope scope) {
        return events.stream(ORDER_PLACED)
                .filter(event -> event.getLong("store") == store)
                .onItem().transformToUniAndConcatenate(event -> reader.orders(List.of(event.getLong("id")), scope))
                .filter(rows -> !rows.isEmpty())
                .map(rows -> new Order(rows.get(0)));
    }
}
