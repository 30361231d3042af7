package com.newretail.platform.reads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Both pools' sessions plan each prepared statement once (see application.properties): reads since
 * the planned reads, writes since a sale's stock statement was found re-planned at every sale (W1).
 */
@QuarkusTest
class ReadPoolSettingsTests {

    @Inject
    @ReactiveDataSource("reads")
    Pool reads;

    @Inject
    Pool writes;

    private static String planCacheMode(Pool pool) {
        return pool.query("SHOW plan_cache_mode").execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
    }

    @Test
    void sessionsUseGenericPlans() {
        assertEquals("force_generic_plan", planCacheMode(reads));
        assertEquals("force_generic_plan", planCacheMode(writes));
    }
}
