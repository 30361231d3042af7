package com.newretail.platform.graphql;

import java.util.List;

import com.newretail.platform.cost.CostGate;
import com.newretail.platform.events.InterruptedEvents;
import com.newretail.platform.http.RequestErrors;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Chains the platform's instrumentation after SmallRye's own (its depth and complexity limits and its
 * document cache): the dispatch of only the DataLoaders a request uses ({@link UsedDataLoaders}), the
 * cost gate, so the limits refuse first and cost is computed only for a valid document, then the
 * marking of request errors for the HTTP status, then the clearing of a subscription's gap message
 * (see {@link InterruptedEvents}). Registered in META-INF/services; always on.
 */
public class InstrumentationInstaller implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder does not show what is set; a throw-away build does.
        Instrumentation smallRyes = builder.build().getInstrumentation();
        Instrumentation cost = CostGate.instrumentation(() -> Arc.container().instance(CostGate.class).get(),
                InstrumentationInstaller::caller, InstrumentationInstaller::retryAfter);
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes, UsedDataLoaders.instrumentation(), cost, new RequestErrors(),
                new InterruptedEvents())));
    }

    private static String caller() {
        return CostGate.callerOf(Arc.container().instance(SecurityIdentity.class).get());
    }

    /** The HTTP Retry-After header of a throttled request, when it came over HTTP. */
    private static void retryAfter(int seconds) {
        RoutingContext context = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (context != null && !context.response().headWritten()) {
            context.response().putHeader("Retry-After", Integer.toString(seconds));
        }
    }
}
