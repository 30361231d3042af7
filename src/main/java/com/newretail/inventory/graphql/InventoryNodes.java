package com.newretail.inventory.graphql;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.security.OperationRules;

import io.quarkus.security.identity.SecurityIdentity;


/**
 * {@code node(id:)} for inventory objects. Each goes through the type's own query (called through its
 * bean, so its role rule applies) or, for warehouses, the same rule and scope as {@code warehouses}.
 */
@Singleton
public class InventoryNodes {

    @Produces
    @Singleton
    NodeLoader warehouses(InventoryReader reader, CallerScope callerScope, OperationRules rules, SecurityIdentity identity) {
        return NodeLoader.of(Warehouse.TYPE, id -> {
            rules.require("warehouses", identity);
            return callerScope.current().chain(scope -> reader.warehouses(List.of(id), scope))
                    .map(rows -> rows.isEmpty() ? null : new Warehouse(rows.get(0)));
        });
    }

    @Produces
    @Singleton
    NodeLoader documents(StockDocumentGraphQL queries) {
        return NodeLoader.of(StockDocument.TYPE, id -> queries.stockDocument(GlobalId.encode(StockDocument.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader transfers(TransferGraphQL queries) {
        return NodeLoader.of(StockTransfer.TYPE, id -> queries.stockTransfer(GlobalId.encode(StockTransfer.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader stocktakes(StocktakeGraphQL queries) {
        return NodeLoader.of(Stocktake.TYPE, id -> queries.stocktake(GlobalId.encode(Stocktake.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader reservations(ReservationGraphQL queries) {
        return NodeLoader.of(StockReservation.TYPE, id -> queries.stockReservation(GlobalId.encode(StockReservation.TYPE, id)));
    }

}
