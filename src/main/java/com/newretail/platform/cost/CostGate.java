package com.newretail.platform.cost;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Admits a query by its cost before it runs, on both paths (planned and SmallRye): refused when it
 * costs more than {@code max-query-cost} (MAX_COST_EXCEEDED) or than the caller's bucket holds
 * (THROTTLED, with the seconds until it would); settles the actual cost afterwards and describes
 * both for the response's {@code extensions.cost}, as Shopify's Admin API does.
 */
@ApplicationScoped
public class CostGate {

    public static final String MAX_COST_EXCEEDED = "MAX_COST_EXCEEDED";
    public static final String THROTTLED = "THROTTLED";

    private final QueryCosts costs;
    private final CallerBudgets budgets;
    private final boolean throttling;
    private final int maxQueryCost;

    public CostGate(CostConfig config) {
        this.costs = QueryCosts.of(config);
        this.budgets = new CallerBudgets(config.bucket().maximum(), config.bucket().restoreRate(), System::nanoTime);
        this.throttling = config.bucket().enabled();
        this.maxQueryCost = config.maxQueryCost();
    }

    /** What the gate decided for one request. */
    public sealed interface Admission permits Admitted, Refused {

        int requested();
    }

    /** Let through; {@link #settle} it once the response's data is known. */
    public record Admitted(String caller, int requested) implements Admission {
    }

    /** Refused before running: the error's code and message, the seconds to wait (THROTTLED), the cost extension. */
    public record Refused(int requested, String code, String message, Integer retryAfterSeconds, Map<String, Object> extension)
            implements Admission {
    }

    /** The gate on SmallRye's path, as a graphql-java instrumentation (see {@link CostInstrumentation}). */
    public static graphql.execution.instrumentation.Instrumentation instrumentation(java.util.function.Supplier<CostGate> gate,
            java.util.function.Supplier<String> caller, java.util.function.IntConsumer retryAfter) {
        return new CostInstrumentation(gate, caller, retryAfter);
    }

    /** Whose bucket pays: the signed-in subject; every anonymous caller shares one (anonymous requests are refused elsewhere). */
    public static String callerOf(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public int requested(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        return costs.requested(schema, operation, fragments, variables);
    }

    public int actual(Object data, boolean mutation) {
        return costs.actual(data, mutation);
    }

    public Admission admit(String caller, int requested) {
        // More than a full bucket would be throttled for ever: that is a query too costly, not a caller too busy.
        int maximum = throttling ? Math.min(maxQueryCost, budgets.maximum()) : maxQueryCost;
        if (requested > maximum) {
            return new Refused(requested, MAX_COST_EXCEEDED, String.format(
                    "The query would cost %d, over the maximum of %d per query: ask for fewer items (first) or fewer fields, or split it",
                    requested, maximum), null, extension(requested, null, status(caller)));
        }
        if (!throttling) {
            return new Admitted(null, requested);
        }
        CallerBudgets.Take take = budgets.take(caller, requested);
        if (!take.granted()) {
            return new Refused(requested, THROTTLED, String.format(
                    "Throttled: the query would cost %d and %d of %d points are available (%d restored a second); retry in %d s",
                    requested, take.status().currentlyAvailable(), budgets.maximum(), budgets.restoreRate(), take.retryAfterSeconds()),
                    take.retryAfterSeconds(), extension(requested, null, take.status()));
        }
        return new Admitted(caller, requested);
    }

    /** Returns what the query did not use (or takes what it used beyond its request); the cost extension. */
    public Map<String, Object> settle(Admitted admitted, int actual) {
        CallerBudgets.Status status = admitted.caller() == null ? full() : budgets.giveBack(admitted.caller(), admitted.requested() - actual);
        return extension(admitted.requested(), actual, status);
    }

    /** A request that was admitted but then not run here (handed to the other path): everything back. */
    public void cancel(Admitted admitted) {
        if (admitted.caller() != null) {
            budgets.giveBack(admitted.caller(), admitted.requested());
        }
    }

    private CallerBudgets.Status status(String caller) {
        return throttling ? budgets.giveBack(caller, 0) : full();
    }

    private CallerBudgets.Status full() {
        return new CallerBudgets.Status(budgets.maximum(), budgets.maximum(), budgets.restoreRate());
    }

    /** {@code {requestedQueryCost, actualQueryCost, throttleStatus {maximumAvailable, currentlyAvailable, restoreRate}}}. */
    private static Map<String, Object> extension(int requested, Integer actual, CallerBudgets.Status status) {
        Map<String, Object> throttle = new LinkedHashMap<>();
        throttle.put("maximumAvailable", status.maximumAvailable());
        throttle.put("currentlyAvailable", status.currentlyAvailable());
        throttle.put("restoreRate", status.restoreRate());
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", requested);
        cost.put("actualQueryCost", actual);
        cost.put("throttleStatus", throttle);
        return cost;
    }
}
