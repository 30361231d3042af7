package com.newretail.inventory.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.persistence.InventoryReadModels;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadField;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The inventory module's part of the planner: warehouses, stock levels, and a SKU's stock levels in the caller's scope. */
@ApplicationScoped
class InventoryReads implements ReadModelSource {

    @Override
    public List<ReadModel> readModels() {
        return List.of(InventoryReadModels.WAREHOUSE, InventoryReadModels.STOCK_LEVEL);
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(new ReadRoot("warehouses", Warehouse.TYPE, true, InventoryReadModels.WAREHOUSE_ALIASES, InventoryReads::warehouses));
    }

    /** {@code node(id:)} of a warehouse, as its node loader reads it. */
    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Warehouse.TYPE, "warehouses", InventoryReadModels.WAREHOUSE_ALIASES,
                (id, scope, args) -> InventoryReadModels.warehousesByIds(List.of(id), scope, args)));
    }

    /** As {@code InventoryGraphQL.warehouses}: {@code where.orgUnitId} first, the deprecated flat argument otherwise. */
    private static ReadRoot.Selection warehouses(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        Arguments where = arguments.object("where");
        if (where != null && !Set.of("orgUnitId").containsAll(where.names())) {
            throw new InvalidArgumentException("unknown filter field");
        }
        Long under = GlobalId.decodeFilter(where == null ? null : where.string("orgUnitId"), arguments.string("orgUnitId"), OrgUnit.TYPE,
                "orgUnitId");
        return InventoryReadModels.warehouses(scope, under, page.afterKey(), args);
    }

    @Override
    public List<Extension> readExtensions() {
        return List.of(new Extension(Sku.TYPE, "stockLevels", new ReadField.Scoped("StockLevel", null, "sl.sku_id",
                SkuStockGraphQL.WAREHOUSES_PER_SKU, InventoryReadModels.STOCK_LEVEL_ALIASES, InventoryReadModels::stockLevelsOfSku)));
    }
}
