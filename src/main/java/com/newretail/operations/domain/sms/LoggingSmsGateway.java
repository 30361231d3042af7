package com.newretail.operations.domain.sms;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/** The dev gateway: logs each text (the mobile masked) and takes it. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    @Override
    public Uni<Result> send(Outgoing message) {
        String mobile = message.mobile().length() == 11 ? message.mobile().substring(0, 3) + "****" + message.mobile().substring(7) : "***";
        LOG.infof("SMS %s to %s: %s", message.idempotencyKey(), mobile, message.text());
        return Uni.createFrom().item(new Accepted("log-" + message.messageId()));
    }
}
