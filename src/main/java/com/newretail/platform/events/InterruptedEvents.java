package com.newretail.platform.events;

import java.util.concurrent.CompletableFuture;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * The message that tells a subscriber of a gap carries no data. SmallRye answers a failed stream
 * with its last event's data next to the error (it reuses one result builder per subscription), and
 * a dashboard must not take that for a new event; graphql-java passes every subscription event
 * through this hook, so the data is dropped here.
 */
public class InterruptedEvents implements Instrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (result.getData() == null || result.getErrors().stream().noneMatch(InterruptedEvents::isGap)) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.data(null)));
    }

    private static boolean isGap(GraphQLError error) {
        if (!(error instanceof ExceptionWhileDataFetching fetching)) {
            return false;
        }
        for (Throwable cause = fetching.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof LiveUpdatesInterruptedException) {
                return true;
            }
        }
        return false;
    }
}
