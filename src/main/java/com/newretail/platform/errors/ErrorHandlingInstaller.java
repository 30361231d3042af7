package com.newretail.platform.errors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.SubscriptionExecutionStrategy;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs {@link ClientSafeExceptionHandler} for queries, mutations (graphql-java's default
 * strategies use the default handler) and subscriptions. The shown exception classes are the ones
 * listed in {@code quarkus.smallrye-graphql.show-runtime-exception-message}. Registered in
 * META-INF/services; always on (no config key).
 */
public class ErrorHandlingInstaller implements EventingService {

    static final String SHOWN = "quarkus.smallrye-graphql.show-runtime-exception-message";
    static final String DEFAULT_MESSAGE = "quarkus.smallrye-graphql.default-error-message";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        ClientSafeExceptionHandler handler = new ClientSafeExceptionHandler(shownClasses(config),
                config.getOptionalValue(DEFAULT_MESSAGE, String.class).orElse("Server Error"));
        return builder.defaultDataFetcherExceptionHandler(handler)
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(handler));
    }

    private static List<Class<?>> shownClasses(Config config) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : config.getOptionalValues(SHOWN, String.class).orElse(List.of())) {
            try {
                classes.add(Class.forName(name.trim(), false, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(SHOWN + " names a class that does not exist: " + name, e);
            }
        }
        return classes;
    }
}
