package com.newretail.operations.graphql;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.newretail.operations.domain.sms.SmsConfig;
import com.newretail.operations.domain.sms.SmsSignature;
import com.newretail.operations.persistence.SmsOutbox;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code POST /sms/delivery}: the gateway's delivery report, {@code {"providerMessageId", "status":
 * "DELIVERED"|"FAILED", "error"}}, signed like our requests with the callback secret. 204 when
 * recorded, 404 for an unknown or already final text, 401 for a bad or stale signature, 400 for a
 * malformed report; 404 altogether while no callback secret is configured.
 */
@ApplicationScoped
public class SmsDeliveryRoute {

    public static final String PATH = "/sms/delivery";
    private static final Logger LOG = Logger.getLogger(SmsDeliveryRoute.class);
    private static final int MAX_BODY = 4096;

    private final SmsOutbox outbox;
    private final SmsConfig config;

    public SmsDeliveryRoute(SmsOutbox outbox, SmsConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    void route(@Observes Router router) {
        router.post(PATH).handler(BodyHandler.create().setBodyLimit(MAX_BODY)).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (config.http().callbackSecret().isEmpty()) {
            context.response().setStatusCode(404).end();
            return;
        }
        String body = context.body().asString();
        if (!SmsSignature.verify(config.http().callbackSecret().get(), context.request().getHeader(SmsSignature.TIMESTAMP_HEADER), body,
                context.request().getHeader(SmsSignature.SIGNATURE_HEADER), Instant.now().getEpochSecond())) {
            context.response().setStatusCode(401).end();
            return;
        }
        String providerId;
        String status;
        String error;
        try {
            JsonObject report = new JsonObject(body);
            providerId = report.getString("providerMessageId");
            status = report.getString("status");
            error = report.getString("error");
        } catch (RuntimeException e) {
            context.response().setStatusCode(400).end();
            return;
        }
        if (providerId == null || providerId.isBlank() || !("DELIVERED".equals(status) || "FAILED".equals(status))) {
            context.response().setStatusCode(400).end();
            return;
        }
        String reason = error == null ? null : error.length() > 250 ? error.substring(0, 250) : error;
        outbox.delivery(providerId, "DELIVERED".equals(status), "FAILED".equals(status) ? (reason == null ? "not delivered" : reason) : null)
                .subscribe().with(recorded -> context.response().setStatusCode(recorded ? 204 : 404).end(), failure -> {
                    LOG.warn("Delivery report not recorded", failure);
                    context.response().setStatusCode(500).end();
                });
    }
}
