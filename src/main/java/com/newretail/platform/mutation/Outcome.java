package com.newretail.platform.mutation;

import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * The plain {@link Result} of a use case: the created or changed object (an id or a view, with its
 * audited fields before the change), or the refusals that stopped it.
 */
public record Outcome<V>(V value, List<? extends Refusal<?>> problems, Map<String, Object> before) implements Result<V> {

    public static <V> Outcome<V> of(V value) {
        return new Outcome<>(value, List.of(), Map.of());
    }

    public static <V> Outcome<V> of(V value, Map<String, Object> before) {
        return new Outcome<>(value, List.of(), before);
    }

    public static <V> Outcome<V> refused(List<? extends Refusal<?>> problems) {
        return new Outcome<>(null, List.copyOf(problems), Map.of());
    }

    public static <V> Outcome<V> refused(Refusal<?> problem) {
        return refused(List.of(problem));
    }

    public static <V, C extends Enum<C>> Outcome<V> refused(C code, String message, String... field) {
        return refused(Refusal.of(code, message, field));
    }

    /** A refusal, already wrapped for a Uni chain. */
    public static <V> Uni<Outcome<V>> refusedNow(Refusal<?> problem) {
        return Uni.createFrom().item(refused(problem));
    }

    public static <V, C extends Enum<C>> Uni<Outcome<V>> refusedNow(C code, String message, String... field) {
        return refusedNow(Refusal.of(code, message, field));
    }
}
