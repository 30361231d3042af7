package com.newretail.inventory.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.inventory.domain.InventoryProblem;
import com.newretail.inventory.domain.Outcome;
import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.idempotency.IdempotentMutation;

import io.smallrye.mutiny.Uni;

/**
 * The common frame of the inventory mutations whose payload names one object: idempotency key,
 * audit record on success, userErrors otherwise, and malformed IDs answered as INVALID_ID.
 */
@ApplicationScoped
public class InventoryMutations {

    static final String KEY_DESCRIPTION =
            "Any unique string (e.g. a UUID). Sending the same key again returns the first result instead of acting twice.";

    /** How to build and read one payload type. */
    public record Kind<P>(String type, BiFunction<Long, List<InventoryUserError>, P> make, Function<P, Long> idOf,
            Predicate<P> succeeded) {
    }

    static final Kind<StockDocumentPayload> DOCUMENT = new Kind<>(StockDocument.TYPE, StockDocumentPayload::new,
            StockDocumentPayload::documentId, StockDocumentPayload::succeeded);
    static final Kind<StockTransferPayload> TRANSFER = new Kind<>(StockTransfer.TYPE, StockTransferPayload::new,
            StockTransferPayload::transferId, StockTransferPayload::succeeded);
    static final Kind<StocktakePayload> STOCKTAKE = new Kind<>(Stocktake.TYPE, StocktakePayload::new,
            StocktakePayload::stocktakeId, StocktakePayload::succeeded);
    static final Kind<StockReservationPayload> RESERVATION = new Kind<>(StockReservation.TYPE, StockReservationPayload::new,
            StockReservationPayload::reservationId, StockReservationPayload::succeeded);

    private final IdempotentMutation idempotent;
    private final AuditLog audit;

    public InventoryMutations(IdempotentMutation idempotent, AuditLog audit) {
        this.idempotent = idempotent;
        this.audit = audit;
    }

    /** Runs {@code action} once per idempotency key and records it in the audit log when it succeeds. */
    public <P> Uni<P> run(Kind<P> kind, String operation, Object request, String idempotencyKey, long auditOrgUnitId,
            Map<String, Object> auditDetails, Supplier<Uni<Outcome>> action) {
        IdempotentMutation.Spec<P> spec = new IdempotentMutation.Spec<>(operation, request, kind.succeeded(),
                payload -> GlobalId.encode(kind.type(), kind.idOf().apply(payload)),
                id -> Uni.createFrom().item(kind.make().apply(GlobalId.decode(id, kind.type()), List.of())),
                problem -> refused(kind, problem == IdempotentMutation.KeyProblem.REUSED ? InventoryErrorCode.IDEMPOTENCY_KEY_REUSED
                        : InventoryErrorCode.IDEMPOTENCY_KEY_INVALID, problem.message(), "idempotencyKey"));
        return idempotent.run(idempotencyKey, spec, () -> action.get().chain(outcome -> !outcome.succeeded()
                ? Uni.createFrom().item(kind.make().apply(null, errors(outcome.problems())))
                : audit.record(operation, List.of(GlobalId.encode(kind.type(), outcome.id())), auditOrgUnitId, Map.of(), auditDetails)
                        .replaceWith(kind.make().apply(outcome.id(), List.of()))));
    }

    /** Calls {@code body}; a malformed or foreign global ID in the input becomes an INVALID_ID userError. */
    public static <P> Uni<P> guarded(Kind<P> kind, Supplier<Uni<P>> body) {
        try {
            return body.get();
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(refused(kind, InventoryErrorCode.INVALID_ID, e.getMessage(), e.fieldOr("input").toArray(String[]::new)));
        }
    }

    public static <P> P refused(Kind<P> kind, InventoryErrorCode code, String message, String... field) {
        return kind.make().apply(null, List.of(new InventoryUserError(InventoryProblem.of(code, message, field))));
    }

    public static <P> Uni<P> notFound(Kind<P> kind, String what, String... field) {
        return Uni.createFrom().item(refused(kind, InventoryErrorCode.NOT_FOUND, "No such " + what, field));
    }

    static List<InventoryUserError> errors(List<InventoryProblem> problems) {
        return problems.stream().map(InventoryUserError::new).toList();
    }
}
