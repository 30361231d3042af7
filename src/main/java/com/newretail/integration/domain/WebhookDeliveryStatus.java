package com.newretail.integration.domain;

import org.eclipse.microprofile.graphql.Description;

/** Where a webhook delivery stands. */
@Description("Where a webhook delivery stands: PENDING (due now or at nextAttemptAt) → DELIVERING → DELIVERED, or DEAD after the last attempt.")
public enum WebhookDeliveryStatus {
    @Description("Waiting for its (next) attempt.")
    PENDING,
    @Description("Being sent by a worker now.")
    DELIVERING,
    @Description("The receiver answered 2xx.")
    DELIVERED,
    @Description("Dead-lettered after the last attempt failed; webhookDeliveryRetry sends it again.")
    DEAD
}
