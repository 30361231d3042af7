package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.sms.SmsStatus;
import com.newretail.operations.persistence.SmsReader.MessageRow;
import com.newretail.platform.graphql.GlobalId;

/** GraphQL view of one text. */
@Type("SmsMessage")
@Description("One text to one member: what was sent and where it stands.")
public class SmsMessage {

    public static final String TYPE = "SmsMessage";

    private final MessageRow row;

    public SmsMessage(MessageRow row) {
        this.row = row;
    }

    @Ignore
    public MessageRow row() {
        return row;
    }

    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this text (listed through `smsMessages`).")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("The text as sent, signature first.")
    public String getText() {
        return row.text();
    }

    @NonNull
    @Description("Where it stands.")
    public SmsStatus getStatus() {
        return SmsStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Attempts to hand it to the gateway so far.")
    public int getAttempts() {
        return row.attempts();
    }

    @NonNull
    @Description("When it is (or was) due to go out.")
    public OffsetDateTime getNextAttemptAt() {
        return row.nextAttemptAt();
    }

    @Description("Why the last attempt failed or why it was not delivered; null otherwise.")
    public String getLastError() {
        return row.lastError();
    }

    @NonNull
    @Description("When it was queued.")
    public OffsetDateTime getQueuedAt() {
        return row.queuedAt();
    }

    @Description("When the gateway took it.")
    public OffsetDateTime getSentAt() {
        return row.sentAt();
    }

    @Description("When the gateway reported it delivered.")
    public OffsetDateTime getDeliveredAt() {
        return row.deliveredAt();
    }
}
