package com.newretail.platform.reads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newretail.catalog.persistence.CatalogReadModels;
import com.newretail.inventory.persistence.InventoryReadModels;

/** How a statement reads a related row: a LEFT JOIN of its own, or the join its FROM already has. */
class LevelJoinTest {

    private static Level stockLevelsOfSku() {
        Level level = new Level(1, InventoryReadModels.STOCK_LEVEL, Level.Kind.SCOPED, "sl.sku_id", null,
                InventoryReadModels.STOCK_LEVEL_ALIASES);
        level.joinedOn.putAll(InventoryReadModels.STOCK_LEVEL_JOINED_ON);
        return level;
    }

    @Test
    void aRelationToTheWarehouseTheSelectionJoinsReadsThatJoin() {
        Level level = stockLevelsOfSku();

        assertTrue(level.join(InventoryReadModels.WAREHOUSE, "sl.warehouse_id"));
        assertEquals(List.of(), level.joins, "no second join of warehouse");
        assertEquals("stock_level sl JOIN warehouse w ON w.id = sl.warehouse_id",
                level.from("stock_level sl JOIN warehouse w ON w.id = sl.warehouse_id"));
    }

    @Test
    void theSameTableOnAnotherKeyNeedsAStatementOfItsOwn() {
        Level level = stockLevelsOfSku();

        assertFalse(level.join(InventoryReadModels.WAREHOUSE, "sl.other_warehouse_id"), "alias w is taken");
        assertEquals(List.of(), level.joins);
    }

    @Test
    void aRelationTheSelectionDoesNotJoinGetsItsOwnLeftJoin() {
        Level level = stockLevelsOfSku();

        assertTrue(level.join(CatalogReadModels.SKU, "sl.sku_id"));
        assertEquals(List.of(" LEFT JOIN sku s ON s.id = sl.sku_id"), level.joins);
    }
}
