package com.newretail.platform.mutation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One module's userError vocabulary: its code enum and its userError type. The enum must hold the
 * codes the frame itself reports ({@link Standard}), so every area answers a bad ID or a reused key
 * the same way.
 */
public final class ErrorArea<C extends Enum<C>, E> {

    /** Codes the frame reports for every area. */
    public enum Standard {
        INVALID_ID, NOT_FOUND, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_INVALID
    }

    private final Class<C> codes;
    private final Function<Refusal<C>, E> userError;

    private ErrorArea(Class<C> codes, Function<Refusal<C>, E> userError) {
        for (Standard standard : Standard.values()) {
            Enum.valueOf(codes, standard.name()); // fails the class's initialisation when an area lacks one
        }
        this.codes = codes;
        this.userError = userError;
    }

    public static <C extends Enum<C>, E> ErrorArea<C, E> of(Class<C> codes, Function<Refusal<C>, E> userError) {
        return new ErrorArea<>(codes, userError);
    }

    public E error(Standard code, String message, List<String> field) {
        return userError.apply(Refusal.of(Enum.valueOf(codes, code.name()), message, field));
    }

    public E error(Standard code, String message, String... field) {
        return error(code, message, field.length == 0 ? null : Arrays.asList(field));
    }

    /** The userErrors of refusals a use case of this area made. */
    @SuppressWarnings("unchecked")
    public List<E> errors(List<? extends Refusal<?>> problems) {
        return problems.stream().map(problem -> {
            if (problem.code().getDeclaringClass() != codes) {
                throw new IllegalArgumentException("A " + problem.code().getDeclaringClass().getSimpleName()
                        + " refusal reported in the area of " + codes.getSimpleName());
            }
            return userError.apply((Refusal<C>) problem);
        }).toList();
    }
}
