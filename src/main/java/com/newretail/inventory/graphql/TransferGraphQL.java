package com.newretail.inventory.graphql;


import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.inventory.api.StockLine;
import com.newretail.platform.mutation.Outcome;
import com.newretail.inventory.domain.TransferService;
import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.DocumentReader.TransferRow;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Transfers between warehouses. The sending side (source in scope) creates, edits, ships and cancels;
 * the receiving side (target in scope) receives; either side may close.
 */
@GraphQLApi
public class TransferGraphQL {

    /** Which end of a transfer must be inside the caller's scope for a change. */
    private enum Side {
        SOURCE, TARGET, EITHER;

        boolean allows(TransferRow row) {
            return switch (this) {
                case SOURCE -> row.sourceVisible();
                case TARGET -> row.targetVisible();
                case EITHER -> row.sourceVisible() || row.targetVisible();
            };
        }
    }

    private final DocumentReader documents;
    private final InventoryReader warehouses;
    private final TransferService service;
    private final DocumentReads<DocumentReader.TransferRow, StockTransfer> reads;
    private final MutationFrame frame;
    private final CallerScope callerScope;
    private final SecurityIdentity identity;

    public TransferGraphQL(DocumentReader documents, InventoryReader warehouses, TransferService service, MutationFrame frame,
            CallerScope callerScope, SecurityIdentity identity) {
        this.documents = documents;
        this.warehouses = warehouses;
        this.service = service;
        this.frame = frame;
        this.callerScope = callerScope;
        this.reads = DocumentReads.transfers(documents, callerScope);
        this.identity = identity;
    }

    @Query("stockTransfer")
    @RolesAllowed("${newretail.rules.stockTransfer}")
    @Description("A transfer; null when it does not exist or neither warehouse is in your data scope.")
    public Uni<StockTransfer> stockTransfer(@Name("id") @Id @NonNull @Description("The transfer.") String id) {
        return reads.one(id);
    }

    @Query("stockTransfers")
    @RolesAllowed("${newretail.rules.stockTransfers}")
    @Description("Transfers with either end in your data scope, newest first.")
    public Uni<@NonNull StockTransferConnection> stockTransfers(
            @Name("where") @Description("Filter.") InventoryFilters.StockTransferFilter where,
            @Name("warehouseId") @Id @Deprecated @Description("Deprecated: use `where.warehouseId`.") String warehouseId,
            @Name("status") @Deprecated @Description("Deprecated: use `where.status`.") String status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return reads.page(where == null ? null : where.warehouseId, warehouseId, where == null ? null : where.status, status, first, after,
                StockTransferConnection.Edge::new, StockTransferConnection::new);
    }

    @Name("transfer")
    @Description("The transfer as it is now; null when there are userErrors.")
    public Uni<StockTransfer> payloadTransfer(@Source StockTransferPayload payload) {
        return reads.ofPayload(payload.transferId());
    }

    @Mutation("stockTransferCreate")
    @RolesAllowed("${newretail.rules.stockTransferCreate}")
    @Description("Saves a transfer as a DRAFT. SAME_WAREHOUSE when source and target are one warehouse.")
    public Uni<@NonNull StockTransferPayload> stockTransferCreate(
            @Name("input") @NonNull @Description("Source, target, reference and lines.") InventoryInputs.StockTransferInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockTransferPayload.KIND, () -> {
            long source = GlobalId.decodeAt(String.valueOf(input.sourceWarehouseId), Warehouse.TYPE, "input", "sourceWarehouseId");
            long target = GlobalId.decodeAt(String.valueOf(input.targetWarehouseId), Warehouse.TYPE, "input", "targetWarehouseId");
            List<StockLine> lines = input.toLines();
            return callerScope.current().chain(scope -> warehouses.warehouses(List.of(source), scope))
                    .chain(sources -> sources.isEmpty() ? StockTransferPayload.KIND.notFound("warehouse", "input", "sourceWarehouseId")
                            : targetInReach(source, target).chain(targets -> targets.isEmpty()
                                    ? StockTransferPayload.KIND.notFound("warehouse", "input", "targetWarehouseId")
                                    : frame.once(StockTransferPayload.KIND, "stockTransferCreate", List.of(source, target, String.valueOf(input.reference), lines),
                                            idempotencyKey, sources.get(0).orgUnitId(),
                                            Map.of("from", sources.get(0).code(), "to", targets.get(0).code(), "lines", lines.size()),
                                            () -> service.create(source, target, input.reference, lines, identity.getPrincipal().getName()))));
        });
    }

    /** The target warehouse, if the caller may send to it: see {@link InventoryReader#transferTargetAllowed}. */
    private Uni<List<InventoryReader.WarehouseRow>> targetInReach(long source, long target) {
        return callerScope.current().chain(scope -> warehouses.transferTargetAllowed(source, target, scope))
                .chain(allowed -> allowed ? warehouses.warehouses(List.of(target), DataScope.all()) : Uni.createFrom().item(List.of()));
    }

    @Mutation("stockTransferUpdate")
    @RolesAllowed("${newretail.rules.stockTransferUpdate}")
    @Description("Replaces a draft transfer's reference and lines. STALE_VERSION when it changed since you read it.")
    public Uni<@NonNull StockTransferPayload> stockTransferUpdate(
            @Name("id") @Id @NonNull @Description("The draft transfer.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("New reference and lines.") InventoryInputs.StockLinesUpdateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockTransferPayload.KIND, () -> {
            List<StockLine> lines = input.toLines();
            return onTransfer("stockTransferUpdate", Side.SOURCE, id, List.of(expectedVersion, String.valueOf(input.reference), lines),
                    idempotencyKey, transfer -> service.update(transfer, expectedVersion, input.reference, lines));
        });
    }

    @Mutation("stockTransferShip")
    @RolesAllowed("${newretail.rules.stockTransferShip}")
    @Description("Ships a draft: stock leaves the source (TRANSFER_OUT ledger rows) and is in transit. Any short line "
            + "refuses the shipment with INSUFFICIENT_STOCK.")
    public Uni<@NonNull StockTransferPayload> stockTransferShip(
            @Name("id") @Id @NonNull @Description("The draft transfer.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockTransferPayload.KIND, () -> onTransfer("stockTransferShip", Side.SOURCE, id, List.of(expectedVersion), idempotencyKey,
                transfer -> service.ship(transfer, expectedVersion, identity.getPrincipal().getName())));
    }

    @Mutation("stockTransferReceive")
    @RolesAllowed("${newretail.rules.stockTransferReceive}")
    @Description("Books what arrived at the target (TRANSFER_IN ledger rows) and what will not arrive (LOST/DAMAGED "
            + "discrepancies); may be called several times. EXCEEDS_SHIPPED when more than is in transit.")
    public Uni<@NonNull StockTransferPayload> stockTransferReceive(
            @Name("id") @Id @NonNull @Description("The shipped transfer.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("Received lines and discrepancies.") InventoryInputs.StockTransferReceiveInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockTransferPayload.KIND, () -> {
            List<StockLine> lines = input.toLines();
            List<TransferService.Discrepancy> discrepancies = input.toDiscrepancies();
            return onTransfer("stockTransferReceive", Side.TARGET, id, List.of(expectedVersion, lines, discrepancies), idempotencyKey,
                    transfer -> service.receive(transfer, expectedVersion, lines, discrepancies, identity.getPrincipal().getName()));
        });
    }

    @Mutation("stockTransferClose")
    @RolesAllowed("${newretail.rules.stockTransferClose}")
    @Description("Closes a shipped or received transfer; whatever is still in transit is written off as LOST.")
    public Uni<@NonNull StockTransferPayload> stockTransferClose(
            @Name("id") @Id @NonNull @Description("The transfer.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockTransferPayload.KIND, () -> onTransfer("stockTransferClose", Side.EITHER, id, List.of(expectedVersion), idempotencyKey,
                transfer -> service.close(transfer, expectedVersion, identity.getPrincipal().getName())));
    }

    @Mutation("stockTransferCancel")
    @RolesAllowed("${newretail.rules.stockTransferCancel}")
    @Description("Cancels a draft transfer. Once shipped it cannot be cancelled: send the goods back on a new transfer.")
    public Uni<@NonNull StockTransferPayload> stockTransferCancel(
            @Name("id") @Id @NonNull @Description("The draft transfer.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockTransferPayload.KIND, () -> onTransfer("stockTransferCancel", Side.SOURCE, id, List.of(expectedVersion), idempotencyKey,
                transfer -> service.cancel(transfer, expectedVersion)));
    }

    private Uni<StockTransferPayload> onTransfer(String operation, Side side, String id, Object request, String idempotencyKey,
            Function<Long, Uni<Outcome<Long>>> change) {
        long transferId = GlobalId.decode(id, StockTransfer.TYPE);
        return callerScope.current().chain(scope -> documents.transfers(List.of(transferId), scope))
                .chain(found -> found.isEmpty() || !side.allows(found.get(0)) ? StockTransferPayload.KIND.notFound("transfer", "id")
                        : frame.once(StockTransferPayload.KIND, operation, List.of(transferId, request), idempotencyKey,
                                side == Side.TARGET || !found.get(0).sourceVisible() ? found.get(0).targetOrgUnitId() : found.get(0).sourceOrgUnitId(),
                                Map.of("status", found.get(0).status()), () -> change.apply(transferId)));
    }
}
