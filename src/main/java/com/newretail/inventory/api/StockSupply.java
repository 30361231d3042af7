package com.newretail.inventory.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.domain.TransferService;
import com.newretail.inventory.domain.WarehouseType;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** What replenishment needs from inventory: warehouses, stock positions, who supplies whom, and a transfer to carry an order. */
@ApplicationScoped
public class StockSupply {

    /** A warehouse: its org unit and type (STORE, DEALER, REGIONAL, CENTRAL, DAMAGED). */
    public record Warehouse(long id, long orgUnitId, String type, String name) {

        public boolean isStore() {
            return "STORE".equals(type);
        }
    }

    /** A SKU at a warehouse: on hand, available (not reserved), safety stock, and inbound (in transfers to it not yet received). */
    public record Position(long skuId, int onHand, int available, int safetyStock, int inbound) {
    }

    private final InventoryReader reader;
    private final TransferService transfers;

    public StockSupply(InventoryReader reader, TransferService transfers) {
        this.reader = reader;
        this.transfers = transfers;
    }

    /** The warehouse when the scope sees it, else null. */
    public Uni<Warehouse> warehouse(long id, DataScope scope) {
        return reader.warehouses(List.of(id), scope).map(rows -> rows.isEmpty() ? null
                : new Warehouse(rows.get(0).id(), rows.get(0).orgUnitId(), rows.get(0).type().name(), rows.get(0).name()));
    }

    public Uni<List<Position>> positions(long warehouseId) {
        return reader.positions(warehouseId).map(rows -> rows.stream()
                .map(row -> new Position(row.skuId(), row.onHand(), row.available(), row.safetyStock(), row.inbound())).toList());
    }

    /** The default supplier of a warehouse: a dealer, regional or central warehouse of its org unit's parent; null when there is none. */
    public Uni<Long> defaultSourceOf(long warehouseId) {
        return reader.supplyWarehouseOf(warehouseId);
    }

    /** Whether {@code sourceId} may supply {@code targetId}: its org unit is the target's or above it in the tree. */
    public Uni<Boolean> supplies(long sourceId, long targetId) {
        return reader.transferTargetAllowed(targetId, sourceId, DataScope.none());
    }

    public Uni<List<Long>> storeWarehouses() {
        return reader.warehousesOfType(WarehouseType.STORE);
    }

    /** A DRAFT transfer of the lines from source to target, in the caller's transaction; refused with inventory's problems. */
    public Uni<Outcome<Long>> transfer(long sourceId, long targetId, String reference, List<StockLine> lines, String actor) {
        return transfers.create(sourceId, targetId, reference, lines, actor);
    }
}
