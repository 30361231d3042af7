package com.newretail.inventory.persistence;

import java.util.List;
import java.util.Set;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The read models of warehouses and stock levels, and the stock levels of a SKU as every reader selects them. */
public final class InventoryReadModels {

    public static final ReadModel WAREHOUSE = ReadModel.of("Warehouse", "warehouse w", "w.id")
            .id("id")
            .scalar("code", "w.code", Codec.STRING)
            .scalar("name", "w.name", Codec.STRING)
            .scalar("type", "w.type", Codec.ENUM)
            .one("orgUnit", "OrgUnit", "w.org_unit_id")
            .build();

    public static final ReadModel STOCK_LEVEL = ReadModel.of("StockLevel", "stock_level sl", "sl.sku_id")
            .scalar("onHand", "sl.on_hand", Codec.INT)
            .scalar("reserved", "sl.reserved", Codec.INT)
            .scalar("available", "sl.on_hand - sl.reserved", Codec.INT)
            .scalar("safetyStock", "sl.safety_stock", Codec.INT)
            .scalar("belowSafetyStock", "sl.on_hand - sl.reserved < sl.safety_stock", Codec.BOOLEAN)
            .scalar("updatedAt", "sl.updated_at", Codec.DATE_TIME)
            .one("warehouse", "Warehouse", "sl.warehouse_id")
            .one("sku", "Sku", "sl.sku_id")
            .build();

    /** Warehouses with their org unit, whose path places them in a scope. */
    private static final String WAREHOUSES = "warehouse w JOIN org_unit ou ON ou.id = w.org_unit_id";

    /** The aliases of {@link #warehouses}'s FROM. */
    public static final Set<String> WAREHOUSE_ALIASES = Set.of("w", "ou");

    /** The aliases of {@link #stockLevelsOfSku}'s FROM. */
    public static final Set<String> STOCK_LEVEL_ALIASES = Set.of("sl", "sw", "sou");

    private InventoryReadModels() {
    }

    /** Warehouses within the scope by code after {@code afterCode}, optionally of one org unit and everything below it. */
    public static ReadRoot.Selection warehouses(DataScope scope, Long underOrgUnitId, String afterCode, SqlArgs args) {
        StringBuilder where = new StringBuilder(scope.predicate("ou.path", null, args));
        if (underOrgUnitId != null) {
            where.append(" AND ou.path LIKE (SELECT path FROM org_unit WHERE id = ").append(args.add(underOrgUnitId)).append(") || '%'");
        }
        if (afterCode != null) {
            where.append(" AND w.code > ").append(args.add(afterCode));
        }
        return new ReadRoot.Selection(WAREHOUSES, where.toString(), "w.code", List.of("w.code"));
    }

    /** Warehouses by id within the scope. */
    public static ReadRoot.Selection warehousesByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(WAREHOUSES, scope.predicate("ou.path", null, args) + " AND w.id = ANY(" + args.add(ids.toArray(Long[]::new))
                + ")", null, List.of());
    }

    /** A SKU's stock levels in the warehouses within the scope, by warehouse code; {@code skuId} is its SQL expression. */
    public static ReadRoot.Selection stockLevelsOfSku(String skuId, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection("stock_level sl JOIN warehouse sw ON sw.id = sl.warehouse_id JOIN org_unit sou ON sou.id = sw.org_unit_id",
                "sl.sku_id = " + skuId + " AND " + scope.predicate("sou.path", null, args), "sw.code", List.of());
    }
}
