package com.newretail.platform.http;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Marks an HTTP request whose operation never executed — a result without data: the document did
 * not parse or validate, the variables did not coerce, a limit or the cost gate refused it — so
 * {@link GraphQLTransport} can answer it with 400 where the client accepts
 * {@code application/graphql-response+json}.
 */
public final class RequestErrors extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (!result.isDataPresent()) {
            CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
            RoutingContext context = request == null ? null : request.getCurrent();
            if (context != null) {
                context.put(GraphQLTransport.REQUEST_ERROR, Boolean.TRUE);
            }
        }
        return CompletableFuture.completedFuture(result);
    }
}
