package com.newretail.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A pod whose database listener is down would serve subscriptions that hear nothing, so it is not
 * ready until the listener is back (it reconnects on its own).
 */
@Readiness
@ApplicationScoped
public class LiveUpdatesHealth implements HealthCheck {

    private final DatabaseEvents events;

    public LiveUpdatesHealth(DatabaseEvents events) {
        this.events = events;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Live updates listener").status(events.live()).build();
    }
}
