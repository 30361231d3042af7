package com.newretail.platform.cost;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Query cost limits and the per-caller budget ({@code newretail.cost.*}). */
@ConfigMapping(prefix = "newretail.cost")
public interface CostConfig {

    /** The most a single query or mutation may cost; above it the request is refused before it runs (MAX_COST_EXCEEDED). */
    @WithDefault("20000")
    int maxQueryCost();

    /** What each root field of a mutation adds (its writes), besides the objects it returns. */
    @WithDefault("10")
    int mutationCost();

    /** The length assumed for a list field without {@code first} and without a declared bound. */
    @WithDefault("10")
    int listBound();

    /** Declared lengths of list fields without {@code first}, by "Type.field" (e.g. "Order.lines"). */
    Map<String, Integer> listBounds();

    /** The per-caller leaky bucket. */
    Bucket bucket();

    interface Bucket {

        /** Whether callers are throttled at all (off for benchmarks against servers without a budget). */
        @WithDefault("true")
        boolean enabled();

        /** The most a caller can spend at once: a full bucket. */
        @WithDefault("40000")
        int maximum();

        /** Points returned to a caller's bucket per second. */
        @WithDefault("2000")
        int restoreRate();
    }
}
