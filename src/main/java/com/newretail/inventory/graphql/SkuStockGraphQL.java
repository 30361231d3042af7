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
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/** A SKU's stock across warehouses: one query per request, whatever the number of SKUs. */
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
}
