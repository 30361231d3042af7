package com.newretail.platform.graphql;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.StartupEvent;

/**
 * Applies the parser token limits to client operations. SmallRye GraphQL passes
 * {@code quarkus.smallrye-graphql.parser-max-tokens} to graphql-java's general parser options
 * only, while graphql-java parses operations with its separate operation parser options, so
 * without this the limit (a guard against huge documents) would not apply to requests.
 */
@Singleton
public class OperationParserLimits {

    void apply(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "5000") int maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens", defaultValue = "20000") int maxWhitespaceTokens) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens)));
    }
}
