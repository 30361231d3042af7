package com.newretail.operations.domain.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.vertx.mutiny.core.Vertx;

/** The gateway the configuration names: {@code logging} (dev default) or {@code http} (needs its endpoint and secret). */
public class SmsGateways {

    @Produces
    @ApplicationScoped
    SmsGateway gateway(SmsConfig config, Vertx vertx) {
        if ("http".equals(config.gateway())) {
            return new HttpSmsGateway(vertx, config.http().endpoint().orElseThrow(() -> new IllegalStateException(
                    "newretail.sms.gateway=http needs newretail.sms.http.endpoint")), config.http().keyId(), config.http().secret()
                    .orElseThrow(() -> new IllegalStateException("newretail.sms.gateway=http needs newretail.sms.http.secret")),
                    config.http().timeout());
        }
        if (!"logging".equals(config.gateway())) {
            throw new IllegalStateException("newretail.sms.gateway is logging or http, not " + config.gateway());
        }
        return new LoggingSmsGateway();
    }
}
