package com.newretail.platform.mutation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * One mutation call as the {@link MutationFrame} runs it: the decoded request (what an idempotency
 * key is bound to), the use case, and what the audit log records when it succeeds.
 *
 * @param request  the decoded input; a key sent again with a different request is refused
 * @param useCase  the change; runs inside the frame's transaction
 * @param audit    the audit entry of a success, from the changed object (a null target: the payload's result id)
 * @param payload  builds the success payload; the kind's own by default (override to read inside the transaction)
 */
public record Call<V, P>(Object request, Supplier<Uni<? extends Result<V>>> useCase, Function<V, Audit> audit,
        Function<V, Uni<P>> payload) {

    /** What the audit log records of a successful change. */
    public record Audit(List<String> targetIds, Long orgUnitId, Map<String, ?> after) {

        public Audit(String targetId, Long orgUnitId, Map<String, ?> after) {
            this(List.of(targetId), orgUnitId, after);
        }

        /** A change of the object the payload names (its result id is the target). */
        public static Audit of(Long orgUnitId, Map<String, ?> after) {
            return new Audit((List<String>) null, orgUnitId, after);
        }
    }

    public static <V, P> Call<V, P> of(Object request, Supplier<Uni<? extends Result<V>>> useCase, Function<V, Audit> audit) {
        return new Call<>(request, useCase, audit, null);
    }

    /** Builds the success payload with {@code payload} instead of the kind's constructor. */
    public Call<V, P> answering(Function<V, Uni<P>> payload) {
        return new Call<>(request, useCase, audit, payload);
    }
}
