package com.newretail.inventory.graphql;


import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.inventory.persistence.StocktakeReader;
import com.newretail.platform.graphql.NodeLoader;
import com.newretail.platform.scope.CallerScope;



/**
 * {@code node(id:)} and {@code Node} fields for inventory objects: many at once, within the caller's
 * data scope, as the type's own queries read them ({@code Nodes} applies the type's role rule).
 */
@Singleton
public class InventoryNodes {

    @Produces
    @Singleton
    NodeLoader warehouses(InventoryReader reader, CallerScope callerScope) {
        return NodeLoader.batched(Warehouse.TYPE, ids -> callerScope.current().chain(scope -> reader.warehouses(ids, scope))
                .map(rows -> rows.stream().map(Warehouse::new).toList()));
    }

    @Produces
    @Singleton
    NodeLoader documents(DocumentReader reader, CallerScope callerScope) {
        return NodeLoader.batched(StockDocument.TYPE, DocumentReads.stockDocuments(reader, callerScope)::visible);
    }

    @Produces
    @Singleton
    NodeLoader transfers(DocumentReader reader, CallerScope callerScope) {
        return NodeLoader.batched(StockTransfer.TYPE, DocumentReads.transfers(reader, callerScope)::visible);
    }

    @Produces
    @Singleton
    NodeLoader stocktakes(StocktakeReader reader, CallerScope callerScope) {
        return NodeLoader.batched(Stocktake.TYPE, DocumentReads.stocktakes(reader, callerScope)::visible);
    }

    @Produces
    @Singleton
    NodeLoader reservations(DocumentReader reader, CallerScope callerScope) {
        return NodeLoader.batched(StockReservation.TYPE, DocumentReads.reservations(reader, callerScope)::visible);
    }

}
