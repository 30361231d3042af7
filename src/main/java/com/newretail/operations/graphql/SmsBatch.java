package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.persistence.SmsReader.BatchRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of an SMS send batch. */
@Type("SmsBatch")
@Description("One send of a template to members: who was asked for, who was skipped for lack of consent, and where the texts stand.")
public class SmsBatch implements Node {

    public static final String TYPE = "SmsBatch";

    private final BatchRow row;

    public SmsBatch(BatchRow row) {
        this.row = row;
    }

    @Ignore
    public BatchRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this batch.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Texts per minute at most (the outbox spreads them).")
    public int getRatePerMinute() {
        return row.ratePerMinute();
    }

    @NonNull
    @Description("Members asked for.")
    public int getRecipients() {
        return row.recipients();
    }

    @NonNull
    @Description("Members left out: no SMS consent (or merged into another record).")
    public int getSkippedNoConsent() {
        return row.skippedNoConsent();
    }

    @NonNull
    @Description("Texts QUEUED or SENDING.")
    public int getPending() {
        return row.pending();
    }

    @NonNull
    @Description("Texts SENT (taken by the gateway, no delivery report yet).")
    public int getSent() {
        return row.sent();
    }

    @NonNull
    @Description("Texts DELIVERED.")
    public int getDelivered() {
        return row.delivered();
    }

    @NonNull
    @Description("Texts FAILED.")
    public int getFailed() {
        return row.failed();
    }

    @NonNull
    @Description("Who sent it.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When it was queued.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }
}
