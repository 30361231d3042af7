package com.newretail.support;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The app's management interface (health and metrics), on its own port: a free one per test run
 * ({@code quarkus.management.test-port}: 0 for {@code @QuarkusTest}, reserved by the build for the
 * packaged app of the integration tests).
 */
public final class Management {

    private Management() {
    }

    /** The full URL of a management path such as {@code /q/health/ready}. */
    public static String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public static int port() {
        String actual = System.getProperty("quarkus.management.test-port");
        return Integer.parseInt(actual != null ? actual : ConfigProvider.getConfig().getValue("quarkus.management.test-port", String.class));
    }
}
