package com.newretail.platform.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.introspection.Introspection;
import io.quarkus.runtime.StartupEvent;

/**
 * Turns introspection off (production) with graphql-java's own switch, checked once per operation.
 * SmallRye's {@code field-visibility=no-introspection} did the same through a field-visibility filter
 * that builds a name and matches a regex on every field read of every response.
 */
@ApplicationScoped
class IntrospectionSwitch {

    void apply(@Observes StartupEvent startup, GraphQLConfig config) {
        Introspection.enabledJvmWide(config.introspection());
    }
}
