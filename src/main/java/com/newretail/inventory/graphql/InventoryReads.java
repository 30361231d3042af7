package com.newretail.inventory.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.persistence.InventoryReadModels;
import com.newretail.platform.reads.ReadField;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;

/** The inventory module's part of the planner: warehouses, stock levels, and a SKU's stock levels in the caller's scope. */
@ApplicationScoped
class InventoryReads implements ReadModelSource {

    @Override
    public List<ReadModel> readModels() {
        return List.of(InventoryReadModels.WAREHOUSE, InventoryReadModels.STOCK_LEVEL);
    }

    @Override
    public List<Extension> readExtensions() {
        return List.of(new Extension(Sku.TYPE, "stockLevels", new ReadField.Scoped("StockLevel", null, "sl.sku_id",
                SkuStockGraphQL.WAREHOUSES_PER_SKU, InventoryReadModels.STOCK_LEVEL_ALIASES, InventoryReadModels::stockLevelsOfSku)));
    }
}
