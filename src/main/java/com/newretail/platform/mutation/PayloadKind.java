package com.newretail.platform.mutation;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;

import io.smallrye.mutiny.Uni;

/**
 * How one payload type is built: from the object a mutation created or changed ({@code V}: its id,
 * or a view of it), or from userErrors; and how a replayed idempotency key rebuilds it from the
 * stored result id.
 */
public record PayloadKind<V, P, E>(ErrorArea<?, E> area, BiFunction<V, List<E>, P> make, Function<P, List<E>> errorsOf,
        Function<V, String> resultId, Function<String, Uni<P>> replay) {

    /** A payload that names its object by id, of global ID type {@code type}; fields read it after the commit. */
    public static <P, E> PayloadKind<Long, P, E> ofId(ErrorArea<?, E> area, String type, BiFunction<Long, List<E>, P> make,
            Function<P, List<E>> errorsOf) {
        return new PayloadKind<>(area, make, errorsOf, id -> GlobalId.encode(type, id),
                stored -> Uni.createFrom().item(make.apply(GlobalId.decode(stored, type), List.of())));
    }

    public P refused(List<E> errors) {
        return make.apply(null, errors);
    }

    /** The payload of refusals a use case of this area made. */
    public P refusedBy(List<? extends Refusal<?>> problems) {
        return refused(area.errors(problems));
    }

    public Uni<P> refusedNow(Refusal<?> problem) {
        return Uni.createFrom().item(refusedBy(List.of(problem)));
    }

    /** NOT_FOUND: the object does not exist or is outside the caller's data scope (the two are not told apart). */
    public Uni<P> notFound(String what, String... field) {
        return Uni.createFrom().item(refused(ErrorArea.Standard.NOT_FOUND, "No such " + what, field.length == 0 ? null : List.of(field)));
    }

    /** INVALID_ID at the path the decoder was told, else at {@code fallback}. */
    public Uni<P> invalidId(InvalidGlobalIdException e, String... fallback) {
        return Uni.createFrom().item(refused(ErrorArea.Standard.INVALID_ID, e.getMessage(), e.fieldOr(fallback)));
    }

    public P refused(ErrorArea.Standard code, String message, List<String> field) {
        return refused(List.of(area.error(code, message, field)));
    }

    public P of(V value) {
        return make.apply(value, List.of());
    }
}
