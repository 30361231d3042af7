package com.newretail.platform.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** GraphQL settings of the platform ({@code newretail.graphql.*}). */
@ConfigMapping(prefix = "newretail.graphql")
public interface GraphQLConfig {

    /** Whether clients may introspect the schema ({@code __schema}, {@code __type}); off in production. */
    @WithDefault("true")
    boolean introspection();
}
