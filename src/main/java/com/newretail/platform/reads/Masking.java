package com.newretail.platform.reads;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A string field some callers see only in part (a mobile as {@code 138****5678}): who sees it whole,
 * and what the others see. The planner's writer and the field's SmallRye resolver both apply it.
 */
public interface Masking {

    boolean revealsTo(SecurityIdentity caller);

    String mask(String value);

    /** The value as {@code caller} may see it. */
    default String apply(String value, SecurityIdentity caller) {
        return value == null || revealsTo(caller) ? value : mask(value);
    }
}
