package com.newretail.platform.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** GraphQL settings of the platform ({@code newretail.graphql.*}). */
@ConfigMapping(prefix = "newretail.graphql")
public interface GraphQLConfig {

    /** Whether clients may introspect the schema ({@code __schema}, {@code __type}); off in production. */
    @WithDefault("true")
    boolean introspection();

    /**
     * Whether queries the read models cover are served from cached plans (ADR 0012) instead of
     * SmallRye's per-field execution; a request can still ask for SmallRye with the header
     * {@code X-NewRetail-Path: smallrye}.
     */
    @WithDefault("true")
    boolean plannedReads();
}
