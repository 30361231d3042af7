package com.newretail.platform.mutation;

import java.util.List;

/**
 * A rule a change broke, in an area's own codes. Each module's problem record implements it; the
 * {@link MutationFrame} turns it into that area's userError.
 */
public interface Refusal<C extends Enum<C>> {

    /** Path to the input field at fault; null when no single field is. */
    List<String> field();

    String message();

    C code();

    /** A refusal in {@code code}'s area, at the input path {@code field} (none: no single field is at fault). */
    static <C extends Enum<C>> Refusal<C> of(C code, String message, String... field) {
        return of(code, message, field.length == 0 ? null : List.of(field));
    }

    static <C extends Enum<C>> Refusal<C> of(C code, String message, List<String> field) {
        return new Problem<>(field, message, code);
    }

    /** The plain refusal. */
    record Problem<C extends Enum<C>>(List<String> field, String message, C code) implements Refusal<C> {
    }
}
