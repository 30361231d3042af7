package com.newretail.operations.domain.sms;

import io.smallrye.mutiny.Uni;

/**
 * Where texts go out. The message id travels as the gateway's idempotency key: a text sent again
 * after a worker died mid-send is recognised by the gateway, not delivered twice.
 */
public interface SmsGateway {

    /** One text to one mobile. */
    record Outgoing(long messageId, String mobile, String text) {
        public String idempotencyKey() {
            return "nr-sms-" + messageId;
        }
    }

    /** What the gateway said. */
    sealed interface Result permits Accepted, Retry, Rejected {
    }

    /** Taken; delivery is reported later by the callback. */
    record Accepted(String providerMessageId) implements Result {
    }

    /** Not taken now (timeout, 5xx, throttled): try again later. */
    record Retry(String reason) implements Result {
    }

    /** Refused for good (e.g. an invalid number). */
    record Rejected(String reason) implements Result {
    }

    Uni<Result> send(Outgoing message);
}
