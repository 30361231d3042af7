package com.newretail.inventory.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.inventory.persistence.InventoryReader.StockLevelRow;
import com.newretail.inventory.persistence.InventoryReader.WarehouseRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** A SKU's stock across warehouses, and the warehouse of a stock level: one query per field and request. */
@GraphQLApi
public class SkuStockGraphQL {

    /** Warehouses listed per SKU at most. */
    static final int WAREHOUSES_PER_SKU = 100;

    private final InventoryReader reader;
    private final CallerScope callerScope;

    public SkuStockGraphQL(InventoryReader reader, CallerScope callerScope) {
        this.reader = reader;
        this.callerScope = callerScope;
    }

    @Name("stockLevels")
    @NonNull
    @Description("The SKU's stock in every warehouse within your data scope, by warehouse code (at most 100).")
    public Uni<List<@NonNull List<@NonNull StockLevel>>> skuStockLevels(@Source List<Sku> skus) {
        List<Long> ids = skus.stream().map(sku -> GlobalId.decode(sku.getId(), Sku.TYPE)).toList();
        return callerScope.current().chain(scope -> reader.stockLevelsOfSkus(ids, scope, WAREHOUSES_PER_SKU))
                .map(rows -> {
                    Map<Long, List<StockLevel>> bySku = rows.stream().collect(Collectors.groupingBy(StockLevelRow::skuId,
                            Collectors.mapping(StockLevel::new, Collectors.toList())));
                    return ids.stream().map(id -> bySku.getOrDefault(id, List.of())).toList();
                });
    }

    @Name("warehouse")
    @NonNull
    @Description("The warehouse.")
    public Uni<List<@NonNull Warehouse>> stockLevelWarehouse(@Source List<StockLevel> levels) {
        // A stock level is only ever shown inside the caller's scope, and so is its warehouse.
        List<Long> ids = levels.stream().map(level -> level.row().warehouseId()).distinct().toList();
        return reader.warehouses(ids, DataScope.all()).map(rows -> {
            Map<Long, Warehouse> byId = rows.stream().collect(Collectors.toMap(WarehouseRow::id, Warehouse::new, (a, b) -> a));
            return levels.stream().map(level -> byId.get(level.row().warehouseId())).toList();
        });
    }
}
