package com.newretail.operations.domain.sms;

import org.eclipse.microprofile.graphql.Description;

/** Where one text stands. */
@Description("Where one text stands: QUEUED → SENDING → SENT → DELIVERED, or FAILED.")
public enum SmsStatus {
    @Description("In the outbox, due at `nextAttemptAt` (spread by the batch's rate; after a failed attempt, backed off).")
    QUEUED,
    @Description("Claimed by a dispatcher and being handed to the gateway.")
    SENDING,
    @Description("Taken by the gateway.")
    SENT,
    @Description("Reported delivered by the gateway.")
    DELIVERED,
    @Description("Refused by the gateway, not delivered, out of attempts, or the member withdrew consent (see `lastError`).")
    FAILED
}
