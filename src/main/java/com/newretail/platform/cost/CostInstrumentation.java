package com.newretail.platform.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;

/**
 * The cost gate on SmallRye's path: before the operation runs (after parsing and validation, before
 * any data fetcher), refuses it when too costly or throttled; after it ran, settles the caller's
 * bucket with the objects the response holds and adds {@code extensions.cost}. Subscriptions are
 * not charged (a stream has no single response).
 */
final class CostInstrumentation extends SimplePerformantInstrumentation {

    private final Supplier<CostGate> gate;
    private final Supplier<String> caller;
    private final java.util.function.IntConsumer retryAfter;

    CostInstrumentation(Supplier<CostGate> gate, Supplier<String> caller, java.util.function.IntConsumer retryAfter) {
        this.gate = gate;
        this.caller = caller;
        this.retryAfter = retryAfter;
    }

    /** Per execution: what the gate decided, once it did. */
    static final class State implements InstrumentationState {
        CostGate.Admission admission;
        boolean mutation;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationDefinition operation = context.getOperationDefinition();
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION || !(state instanceof State costs)) {
            return super.beginExecuteOperation(parameters, state);
        }
        CostGate gate = this.gate.get();
        int requested = gate.requested(context.getGraphQLSchema(), operation, context.getFragmentsByName(), context.getCoercedVariables().toMap());
        costs.mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        costs.admission = gate.admit(caller.get(), requested);
        if (costs.admission instanceof CostGate.Refused refused) {
            if (refused.retryAfterSeconds() != null) {
                retryAfter.accept(refused.retryAfterSeconds());
            }
            throw new AbortExecutionException(List.of(error(refused)));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof State costs) || costs.admission == null) {
            return CompletableFuture.completedFuture(result);
        }
        Map<String, Object> cost = costs.admission instanceof CostGate.Admitted admitted
                ? gate.get().settle(admitted, gate.get().actual(result.getData(), costs.mutation))
                : ((CostGate.Refused) costs.admission).extension();
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put("cost", cost);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
    }

    private static GraphQLError error(CostGate.Refused refused) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", refused.code());
        if (refused.retryAfterSeconds() != null) {
            extensions.put("retryAfterSeconds", refused.retryAfterSeconds());
        }
        return GraphqlErrorBuilder.newError().message(refused.message()).errorType(Classification.INSTANCE).extensions(extensions).build();
    }

    /** The errors' classification: a request the server would not run (graphql-java's ExecutionAborted, as the depth and complexity limits). */
    private enum Classification implements ErrorClassification {
        INSTANCE;

        @Override
        public Object toSpecification(GraphQLError error) {
            return "ExecutionAborted";
        }
    }
}
