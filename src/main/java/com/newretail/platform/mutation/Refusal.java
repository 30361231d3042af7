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
}
