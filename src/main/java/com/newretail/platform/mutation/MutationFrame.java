package com.newretail.platform.mutation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.idempotency.IdempotentMutation;
import com.newretail.platform.persistence.DeferredWrites;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The one way a mutation runs. A resolver decodes its arguments and names the use case; the frame
 * <ol>
 * <li>answers an input ID that is malformed or of the wrong type as {@code INVALID_ID} at its input path,</li>
 * <li>opens the transaction,</li>
 * <li>claims the idempotency key (a replay returns the first result, a reuse is refused),</li>
 * <li>runs the use case; a refusal becomes the area's userErrors and rolls everything back,</li>
 * <li>records the audit entry of a success, and builds the payload.</li>
 * </ol>
 * See docs/adr/0009-one-mutation-frame.md.
 */
@ApplicationScoped
public class MutationFrame {

    /** The description of every mutation's {@code idempotencyKey} argument. */
    public static final String KEY_DESCRIPTION =
            "Any unique string (e.g. a UUID). Sending the same key again returns the first result instead of acting twice.";

    private final IdempotentMutation idempotent;
    private final AuditLog audit;

    public MutationFrame(IdempotentMutation idempotent, AuditLog audit) {
        this.idempotent = idempotent;
        this.audit = audit;
    }

    /** A payload together with the id an idempotency key stores for it (null when refused). */
    private record Done<P>(P payload, String resultId) {
    }

    /**
     * Runs one mutation. {@code prepare} decodes the arguments (an {@link InvalidGlobalIdException}
     * thrown there or by the use case becomes INVALID_ID) and returns the call.
     */
    public <V, P, E> Uni<P> run(PayloadKind<V, P, E> kind, String operation, String idempotencyKey, Supplier<Call<V, P>> prepare) {
        Call<V, P> call;
        try {
            call = prepare.get();
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(invalidId(kind, e));
        }
        return guard(kind, () -> once(kind, operation, idempotencyKey, call));
    }

    /**
     * Opens the mutation's transaction around {@code body}, which checks what needs the database
     * before it names the change with {@link #once}; an {@link InvalidGlobalIdException} becomes INVALID_ID.
     */
    public <P> Uni<P> guard(PayloadKind<?, P, ?> kind, Supplier<Uni<P>> body) {
        return Panache.withTransaction(() -> {
            try {
                return body.get();
            } catch (InvalidGlobalIdException e) {
                return Uni.createFrom().item(invalidId(kind, e));
            }
        }).onFailure(InvalidGlobalIdException.class).recoverWithItem(e -> invalidId(kind, (InvalidGlobalIdException) e));
    }

    /**
     * {@link #guard} without the transaction: for the reads a mutation can do before it opens one (checks,
     * prices), so its transaction holds a connection only while it writes. Chain {@link #guard} from it.
     */
    public <P> Uni<P> checked(PayloadKind<?, P, ?> kind, Supplier<Uni<P>> reads) {
        Uni<P> checked;
        try {
            checked = reads.get();
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(invalidId(kind, e));
        }
        return checked.onFailure(InvalidGlobalIdException.class).recoverWithItem(e -> invalidId(kind, (InvalidGlobalIdException) e));
    }

    /** The change itself, at most once per idempotency key; call inside {@link #guard}. */
    public <V, P, E> Uni<P> once(PayloadKind<V, P, E> kind, String operation, String idempotencyKey, Call<V, P> call) {
        // Audit entry, roll-ups, outbox events and the key's result go to the database together, at the end (DeferredWrites).
        return DeferredWrites.around(() -> idempotent.run(idempotencyKey, spec(kind, operation, call.request()), () -> execute(kind, operation, call)))
                .map(Done::payload);
    }

    /**
     * For a mutation that must call an outside system (Keycloak) before its transaction: in a short
     * transaction of its own, the payload the key already stands for (a replay, or the key's refusal),
     * or null when the key is new and the mutation should go on. The later {@link #once} with the same
     * key and request still decides, so two concurrent first runs act once in the database.
     */
    public <V, P, E> Uni<P> earlier(PayloadKind<V, P, E> kind, String operation, String idempotencyKey, Object request) {
        if (idempotencyKey == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.withTransaction(() -> idempotent.earlier(idempotencyKey, spec(kind, operation, request)))
                .map(done -> done == null ? null : done.payload());
    }

    private static <V, P, E> IdempotentMutation.Spec<Done<P>> spec(PayloadKind<V, P, E> kind, String operation, Object request) {
        return new IdempotentMutation.Spec<>(operation, request,
                done -> done.resultId() != null, Done::resultId,
                stored -> kind.replay().apply(stored).map(payload -> new Done<>(payload, stored)),
                problem -> new Done<>(kind.refused(problem == IdempotentMutation.KeyProblem.REUSED
                        ? ErrorArea.Standard.IDEMPOTENCY_KEY_REUSED : ErrorArea.Standard.IDEMPOTENCY_KEY_INVALID,
                        problem.message(), List.of("idempotencyKey")), null));
    }

    /**
     * {@link #once} for a use case whose payload names the changed object by id: audited as a change
     * of that object within {@code auditOrgUnitId}, with {@code auditDetails} as the recorded values.
     */
    public <P, E> Uni<P> once(PayloadKind<Long, P, E> kind, String operation, Object request, String idempotencyKey,
            Long auditOrgUnitId, Map<String, ?> auditDetails, Supplier<Uni<? extends Result<Long>>> useCase) {
        return once(kind, operation, idempotencyKey, new Call<>(request, useCase, id -> Call.Audit.of(auditOrgUnitId, auditDetails), null));
    }

    public <P, E> Uni<P> once(PayloadKind<Long, P, E> kind, String operation, Object request, String idempotencyKey,
            Long auditOrgUnitId, Supplier<Uni<? extends Result<Long>>> useCase) {
        return once(kind, operation, request, idempotencyKey, auditOrgUnitId, Map.of(), useCase);
    }

    private <V, P, E> Uni<Done<P>> execute(PayloadKind<V, P, E> kind, String operation, Call<V, P> call) {
        return call.useCase().get().chain(result -> {
            if (!result.succeeded()) {
                return Uni.createFrom().item(new Done<>(kind.refused(kind.area().errors(result.problems())), null));
            }
            V value = result.value();
            Call.Audit entry = call.audit().apply(value);
            Uni<P> payload = call.payload() != null ? call.payload().apply(value) : Uni.createFrom().item(kind.of(value));
            List<String> targets = entry.targetIds() != null ? entry.targetIds() : List.of(kind.resultId().apply(value));
            return audit.record(operation, targets, entry.orgUnitId(), result.before(), entry.after())
                    .chain(() -> payload)
                    .map(built -> new Done<>(built, kind.resultId().apply(value)));
        });
    }

    private static <P> P invalidId(PayloadKind<?, P, ?> kind, InvalidGlobalIdException e) {
        List<String> field = e.fieldOr();
        return kind.refused(ErrorArea.Standard.INVALID_ID, e.getMessage(), field.isEmpty() ? null : field);
    }
}
