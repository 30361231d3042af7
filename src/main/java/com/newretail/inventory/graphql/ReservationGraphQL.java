package com.newretail.inventory.graphql;


import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

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
import com.newretail.inventory.domain.ReservationService;
import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Reservations with expiry: reserve, release, commit. */
@GraphQLApi
public class ReservationGraphQL {

    private final DocumentReader documents;
    private final InventoryReader warehouses;
    private final ReservationService service;
    private final DocumentReads<DocumentReader.ReservationRow, StockReservation> reads;
    private final MutationFrame frame;
    private final CallerScope callerScope;
    private final SecurityIdentity identity;

    public ReservationGraphQL(DocumentReader documents, InventoryReader warehouses, ReservationService service,
            MutationFrame frame, CallerScope callerScope, SecurityIdentity identity) {
        this.documents = documents;
        this.warehouses = warehouses;
        this.service = service;
        this.frame = frame;
        this.callerScope = callerScope;
        this.reads = DocumentReads.reservations(documents, callerScope);
        this.identity = identity;
    }

    @Query("stockReservation")
    @RolesAllowed("${newretail.rules.stockReservation}")
    @Description("A reservation; null when it does not exist or its warehouse is outside your data scope.")
    public Uni<StockReservation> stockReservation(@Name("id") @Id @NonNull @Description("The reservation.") String id) {
        return reads.one(id);
    }

    @Name("reservation")
    @Description("The reservation as it is now; null when there are userErrors.")
    public Uni<StockReservation> payloadReservation(@Source StockReservationPayload payload) {
        return reads.ofPayload(payload.reservationId());
    }

    @Mutation("stockReservationCreate")
    @RolesAllowed("${newretail.rules.stockReservationCreate}")
    @Description("Holds available stock until `expiresAt` (RESERVE ledger rows: reserved rises, onHand stays). "
            + "INSUFFICIENT_STOCK when any line is short; nothing is held then.")
    public Uni<@NonNull StockReservationPayload> stockReservationCreate(
            @Name("input") @NonNull @Description("Warehouse, reference, expiry and lines.") InventoryInputs.StockReservationInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockReservationPayload.KIND, () -> {
            long warehouse = GlobalId.decodeAt(String.valueOf(input.warehouseId), Warehouse.TYPE, "input", "warehouseId");
            List<StockLine> lines = input.toLines();
            return callerScope.current().chain(scope -> warehouses.warehouses(List.of(warehouse), scope)).chain(found -> found.isEmpty()
                    ? StockReservationPayload.KIND.notFound("warehouse", "input", "warehouseId")
                    : frame.once(StockReservationPayload.KIND, "stockReservationCreate", List.of(warehouse, String.valueOf(input.reference),
                            String.valueOf(input.expiresAt), lines), idempotencyKey, found.get(0).orgUnitId(),
                            Map.of("warehouse", found.get(0).code(), "lines", lines.size()),
                            () -> service.reserve(warehouse, lines, input.expiresAt, input.reference, identity.getPrincipal().getName())));
        });
    }

    @Mutation("stockReservationRelease")
    @RolesAllowed("${newretail.rules.stockReservationRelease}")
    @Description("Gives the held stock back (RELEASE ledger rows), e.g. when the order is cancelled.")
    public Uni<@NonNull StockReservationPayload> stockReservationRelease(
            @Name("id") @Id @NonNull @Description("The ACTIVE reservation.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockReservationPayload.KIND, () -> onReservation("stockReservationRelease", id, idempotencyKey,
                reservation -> service.release(reservation, identity.getPrincipal().getName())));
    }

    @Mutation("stockReservationCommit")
    @RolesAllowed("${newretail.rules.stockReservationCommit}")
    @Description("The customer picked the goods up: onHand and reserved both fall (SALE ledger rows). "
            + "RESERVATION_EXPIRED after `expiresAt`.")
    public Uni<@NonNull StockReservationPayload> stockReservationCommit(
            @Name("id") @Id @NonNull @Description("The ACTIVE reservation.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockReservationPayload.KIND, () -> onReservation("stockReservationCommit", id, idempotencyKey,
                reservation -> service.commit(reservation, identity.getPrincipal().getName())));
    }

    private Uni<StockReservationPayload> onReservation(String operation, String id, String idempotencyKey,
            Function<Long, Uni<Outcome<Long>>> change) {
        long reservationId = GlobalId.decode(id, StockReservation.TYPE);
        return callerScope.current().chain(scope -> documents.reservations(List.of(reservationId), scope)).chain(found -> found.isEmpty()
                ? StockReservationPayload.KIND.notFound("reservation", "id")
                : frame.once(StockReservationPayload.KIND, operation, List.of(reservationId), idempotencyKey, found.get(0).orgUnitId(),
                        Map.of("status", found.get(0).status()), () -> change.apply(reservationId)));
    }
}
