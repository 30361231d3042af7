package com.newretail.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the embedded PostgreSQL for every {@code @QuarkusTest} in this module: not restricted to
 * this class, so all suites share one database per Quarkus start.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public final class WithPostgres {

    private WithPostgres() {
    }
}
