package com.newretail.integration.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.integration.domain.IntegrationErrorCode;
import com.newretail.integration.domain.WebhookDeliveryStatus;
import com.newretail.integration.persistence.IntegrationReader.DeliveryRow;
import com.newretail.integration.persistence.IntegrationReader.EventRow;
import com.newretail.integration.persistence.IntegrationReader.SubscriptionRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.graphql.PageInfo;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.PayloadKind;

/** Integration's GraphQL types: webhook subscriptions, deliveries, the events they carry, inputs and payloads. */
public final class IntegrationViews {

    private IntegrationViews() {
    }

    @Type("WebhookSubscription")
    @Description("Where integration events of some types are POSTed (CloudEvents JSON, signed with the subscription's secret; see docs/events).")
    public static class Subscription implements Node {

        public static final String TYPE = "WebhookSubscription";

        private final SubscriptionRow row;

        public Subscription(SubscriptionRow row) {
            this.row = row;
        }

        @Ignore
        public SubscriptionRow row() {
            return row;
        }

        @Override
        @NonNull
        @org.eclipse.microprofile.graphql.Id
        @Description("Globally unique, opaque ID of this subscription.")
        public String getId() {
            return GlobalId.encode(TYPE, row.id());
        }

        @NonNull
        @Description("The receiver's URL.")
        public String getUrl() {
            return row.url();
        }

        @NonNull
        @Description("The event types it receives, e.g. retail.order.placed.v1.")
        public List<@NonNull String> getEventTypes() {
            return row.eventTypes();
        }

        @Description("What it is for.")
        public String getDescription() {
            return row.description();
        }

        @NonNull
        @Description("Whether new events are delivered to it.")
        public boolean isActive() {
            return row.active();
        }

        @NonNull
        @Description("Pass as expectedVersion to change it.")
        public int getVersion() {
            return row.version();
        }

        @NonNull
        @Description("Who created it.")
        public String getCreatedBy() {
            return row.createdBy();
        }

        @NonNull
        @Description("When it was created.")
        public OffsetDateTime getCreatedAt() {
            return row.createdAt();
        }

        @NonNull
        @Description("When it was last changed.")
        public OffsetDateTime getUpdatedAt() {
            return row.updatedAt();
        }
    }

    @Type("WebhookDelivery")
    @Description("One event to one subscription: its attempts and outcome.")
    public static class Delivery implements Node {

        public static final String TYPE = "WebhookDelivery";

        private final DeliveryRow row;

        public Delivery(DeliveryRow row) {
            this.row = row;
        }

        @Ignore
        public DeliveryRow row() {
            return row;
        }

        @Override
        @NonNull
        @org.eclipse.microprofile.graphql.Id
        @Description("Globally unique, opaque ID of this delivery.")
        public String getId() {
            return GlobalId.encode(TYPE, row.id());
        }

        @NonNull
        @Description("Where it stands.")
        public WebhookDeliveryStatus getStatus() {
            return WebhookDeliveryStatus.valueOf(row.status());
        }

        @NonNull
        @Description("Attempts made so far (redeliveries included).")
        public int getAttempts() {
            return row.attempts();
        }

        @NonNull
        @Description("When the next attempt is due (PENDING).")
        public OffsetDateTime getNextAttemptAt() {
            return row.nextAttemptAt();
        }

        @Description("The HTTP status of the last answer; null when there was none (a timeout, no connection).")
        public Integer getLastStatusCode() {
            return row.lastStatusCode();
        }

        @Description("Why the last attempt failed.")
        public String getLastError() {
            return row.lastError();
        }

        @Description("When the receiver took it.")
        public OffsetDateTime getDeliveredAt() {
            return row.deliveredAt();
        }

        @NonNull
        @Description("When the event was published.")
        public OffsetDateTime getCreatedAt() {
            return row.createdAt();
        }
    }

    @Type("IntegrationEvent")
    @Description("An event as published (CloudEvents attributes and data).")
    public record Event(
            @Ignore long key,
            @NonNull @Description("The CloudEvents id: the same on every delivery and redelivery (deduplicate by it).") String eventId,
            @NonNull @Description("Its versioned type, e.g. retail.order.placed.v1.") String type,
            @NonNull @Description("The publishing module, e.g. /new-retail/retail.") String source,
            @NonNull @Description("The global ID of the object it is about.") String subject,
            @NonNull @Description("When it was published.") OffsetDateTime time,
            @NonNull @Description("Its data, as JSON text.") String data) {

        static Event of(EventRow row) {
            return new Event(row.id(), row.eventId(), row.type(), row.source(), row.subject(), row.time(), row.data());
        }
    }

    @Type("WebhookSubscriptionConnection")
    @Description("A page of webhook subscriptions, newest first.")
    public record SubscriptionConnection(
            @NonNull @Description("The subscriptions on this page.") List<@NonNull SubscriptionEdge> edges,
            @NonNull @Description("Whether more follow.") PageInfo pageInfo) {
    }

    @Type("WebhookSubscriptionEdge")
    @Description("A subscription in a list, with its cursor.")
    public record SubscriptionEdge(
            @NonNull @Description("The subscription.") Subscription node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }

    @Type("WebhookDeliveryConnection")
    @Description("A page of webhook deliveries, newest first.")
    public record DeliveryConnection(
            @NonNull @Description("The deliveries on this page.") List<@NonNull DeliveryEdge> edges,
            @NonNull @Description("Whether more follow.") PageInfo pageInfo) {
    }

    @Type("WebhookDeliveryEdge")
    @Description("A delivery in a list, with its cursor.")
    public record DeliveryEdge(
            @NonNull @Description("The delivery.") Delivery node,
            @NonNull @Description("Pass as `after` to continue after this one.") String cursor) {
    }

    @Type("IntegrationUserError")
    @Description("Why a webhook mutation did not do what was asked.")
    public record IntegrationUserError(
            @NonNull @Description("Machine-readable reason.") IntegrationErrorCode code,
            @Description("Path to the input field at fault, e.g. [\"input\", \"url\"].") List<@NonNull String> field,
            @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

        public static final ErrorArea<IntegrationErrorCode, IntegrationUserError> AREA = ErrorArea.of(IntegrationErrorCode.class,
                refusal -> new IntegrationUserError(refusal.code(), refusal.field(), refusal.message()));
    }

    @Input("WebhookSubscriptionInput")
    @Description("A webhook subscription. On an update, omitted fields keep their value.")
    public static class SubscriptionInput {
        @Description("Where to POST: https (http only where the installation allows it), not a private address in production.")
        public String url;

        @Description("Event types from the catalog (docs/events), e.g. [\"retail.order.placed.v1\"].")
        public List<@NonNull String> eventTypes;

        @Description("The HMAC-SHA256 signing secret, 16-200 characters; never shown again.")
        public String secret;

        @Description("What it is for, at most 200 characters.")
        public String description;

        @Description("Whether new events are delivered to it (true when created).")
        public Boolean active;
    }

    @Type("WebhookSubscriptionPayload")
    @Description("Result of a webhook subscription mutation: the subscription as it now is, or why nothing changed.")
    public record SubscriptionPayload(
            @Ignore Long subscriptionId,
            @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull IntegrationUserError> userErrors) {

        static final PayloadKind<Long, SubscriptionPayload, IntegrationUserError> KIND = PayloadKind.ofId(IntegrationUserError.AREA, Subscription.TYPE,
                SubscriptionPayload::new, SubscriptionPayload::userErrors);
    }

    @Type("WebhookDeliveryPayload")
    @Description("Result of a redelivery: the delivery as it now is, or why nothing changed.")
    public record DeliveryPayload(
            @Ignore Long deliveryId,
            @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull IntegrationUserError> userErrors) {

        static final PayloadKind<Long, DeliveryPayload, IntegrationUserError> KIND = PayloadKind.ofId(IntegrationUserError.AREA, Delivery.TYPE,
                DeliveryPayload::new, DeliveryPayload::userErrors);
    }
}
