package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.inventory.persistence.InventoryReader.StockLevelRow;
import com.newretail.platform.events.DatabaseEvents;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.security.OperationRules;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.core.json.JsonObject;

/** Live stock levels for a store dashboard, fed by the database's commit-time notifications. */
@GraphQLApi
public class StockSubscriptions {

    /** Sent by the stock_level triggers with the whole new row (see V14). */
    static final String STOCK_LEVEL_CHANGED = "newretail_stock_level_changed";

    private final DatabaseEvents events;
    private final InventoryReader reader;
    private final CallerScope callerScope;
    private final OperationRules rules;
    private final SecurityIdentity identity;

    public StockSubscriptions(DatabaseEvents events, InventoryReader reader, CallerScope callerScope, OperationRules rules, SecurityIdentity identity) {
        this.events = events;
        this.reader = reader;
        this.callerScope = callerScope;
        this.rules = rules;
        this.identity = identity;
    }

    void listen(@Observes StartupEvent startup) {
        events.listen(STOCK_LEVEL_CHANGED);
    }

    @Subscription("stockLevelChanged")
    @Description("The new stock level each time on-hand, reserved or safety stock of a SKU in the warehouse changes "
            + "(sales, receipts, transfers, reservations, stocktakes), as it is committed. Completes at once when the "
            + "warehouse does not exist or is outside your data scope. "
            + "Ends with the error code live-updates-interrupted (and no data) when changes may have been missed: refetch, then subscribe again.")
    public Multi<@NonNull StockLevel> stockLevelChanged(
            @Name("warehouseId") @Id @NonNull @Description("The warehouse to watch.") String warehouseId,
            @Name("where") @Description("Filter.") InventoryFilters.StockLevelFilter where,
            @Name("skuIds") @Deprecated @DefaultValue("[]") @Description(StockLevel.SKU_IDS_FILTER) List<@NonNull String> skuIds) {
        return rules.subscription("stockLevelChanged", identity, () -> {
            long warehouse = GlobalId.decode(warehouseId, Warehouse.TYPE);
            Set<Long> skus = Set.copyOf(InventoryFilters.StockLevelFilter.skuIds(where, skuIds));
            return callerScope.current().chain(scope -> reader.warehouseVisible(warehouse, scope))
                    .onItem().transformToMulti(visible -> !visible ? Multi.createFrom().empty()
                            : events.stream(STOCK_LEVEL_CHANGED)
                                    .map(StockSubscriptions::row)
                                    .filter(row -> row.warehouseId() == warehouse && (skus.isEmpty() || skus.contains(row.skuId())))
                                    .map(StockLevel::new));
        });
    }

    private static StockLevelRow row(JsonObject event) {
        return new StockLevelRow(event.getLong("warehouse"), event.getLong("sku"), event.getInteger("onHand"),
                event.getInteger("reserved"), event.getInteger("safetyStock"), OffsetDateTime.parse(event.getString("updatedAt")));
    }
}
