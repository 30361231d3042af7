package com.newretail.integration.graphql;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.integration.api.IntegrationEvents;
import com.newretail.integration.domain.WebhookDeliveryStatus;
import com.newretail.integration.domain.WebhookSubscriptions;
import com.newretail.integration.graphql.IntegrationViews.Delivery;
import com.newretail.integration.graphql.IntegrationViews.DeliveryConnection;
import com.newretail.integration.graphql.IntegrationViews.DeliveryEdge;
import com.newretail.integration.graphql.IntegrationViews.DeliveryPayload;
import com.newretail.integration.graphql.IntegrationViews.Event;
import com.newretail.integration.graphql.IntegrationViews.Subscription;
import com.newretail.integration.graphql.IntegrationViews.SubscriptionConnection;
import com.newretail.integration.graphql.IntegrationViews.SubscriptionEdge;
import com.newretail.integration.graphql.IntegrationViews.SubscriptionInput;
import com.newretail.integration.graphql.IntegrationViews.SubscriptionPayload;
import com.newretail.integration.persistence.IntegrationReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Webhooks for the finance and after-sales systems: subscriptions, the delivery log, manual redelivery. */
@GraphQLApi
public class IntegrationGraphQL {

    private final IntegrationReader reader;
    private final WebhookSubscriptions subscriptions;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public IntegrationGraphQL(IntegrationReader reader, WebhookSubscriptions subscriptions, MutationFrame frame, SecurityIdentity identity) {
        this.reader = reader;
        this.subscriptions = subscriptions;
        this.frame = frame;
        this.identity = identity;
    }

    @Query("integrationEventTypes")
    @RolesAllowed("${newretail.rules.integrationEventTypes}")
    @Description("The event types a webhook can subscribe to (documented in docs/events).")
    public @NonNull List<@NonNull String> integrationEventTypes() {
        return IntegrationEvents.TYPES;
    }

    @Query("webhookSubscription")
    @RolesAllowed("${newretail.rules.webhookSubscription}")
    @Description("A webhook subscription; null when there is none.")
    public Uni<Subscription> webhookSubscription(@Name("id") @Id @NonNull @Description("The subscription.") String id) {
        return reader.subscriptionsByIds(List.of(GlobalId.decode(id, Subscription.TYPE))).map(rows -> rows.isEmpty() ? null : new Subscription(rows.get(0)));
    }

    @Query("webhookSubscriptions")
    @RolesAllowed("${newretail.rules.webhookSubscriptions}")
    @Description("Webhook subscriptions, newest first.")
    public Uni<@NonNull SubscriptionConnection> webhookSubscriptions(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return reader.subscriptions(page.afterId(), page.fetchSize()).map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                (row, cursor) -> new SubscriptionEdge(new Subscription(row), cursor), SubscriptionConnection::new));
    }

    @Query("webhookDelivery")
    @RolesAllowed("${newretail.rules.webhookDelivery}")
    @Description("A webhook delivery; null when there is none.")
    public Uni<Delivery> webhookDelivery(@Name("id") @Id @NonNull @Description("The delivery.") String id) {
        return reader.deliveriesByIds(List.of(GlobalId.decode(id, Delivery.TYPE))).map(rows -> rows.isEmpty() ? null : new Delivery(rows.get(0)));
    }

    @Query("webhookDeliveries")
    @RolesAllowed("${newretail.rules.webhookDeliveries}")
    @Description("The delivery log of a subscription, newest first: attempts, last answer, outcome.")
    public Uni<@NonNull DeliveryConnection> webhookDeliveries(
            @Name("subscriptionId") @Id @NonNull @Description("The subscription.") String subscriptionId,
            @Name("status") @Description("Only in this state (DEAD: the dead letters).") WebhookDeliveryStatus status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        long subscription = GlobalId.decode(subscriptionId, Subscription.TYPE);
        return reader.deliveries(subscription, status == null ? null : status.name(), page.afterId(), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()), (row, cursor) -> new DeliveryEdge(new Delivery(row), cursor),
                        DeliveryConnection::new));
    }

    @Name("subscription")
    @NonNull
    @Description("The subscription it goes to.")
    public Uni<List<@NonNull Subscription>> deliverySubscription(@Source List<Delivery> deliveries) {
        List<Long> ids = deliveries.stream().map(d -> d.row().subscriptionId()).toList();
        return reader.subscriptionsByIds(ids.stream().distinct().toList()).map(rows -> {
            Map<Long, Subscription> byId = new java.util.HashMap<>();
            rows.forEach(row -> byId.put(row.id(), new Subscription(row)));
            return ids.stream().map(byId::get).toList();
        });
    }

    @Name("event")
    @NonNull
    @Description("The event it carries.")
    public Uni<List<@NonNull Event>> deliveryEvent(@Source List<Delivery> deliveries) {
        List<Long> ids = deliveries.stream().map(d -> d.row().eventId()).toList();
        return reader.events(ids.stream().distinct().toList()).map(found -> ids.stream().map(id -> Event.of(found.get(id))).toList());
    }

    @Name("webhookSubscription")
    @Description("The subscription as it now is; null when there are userErrors.")
    public Uni<Subscription> payloadSubscription(@Source SubscriptionPayload payload) {
        return payload.subscriptionId() == null ? Uni.createFrom().nullItem()
                : reader.subscriptionsByIds(List.of(payload.subscriptionId())).map(rows -> rows.isEmpty() ? null : new Subscription(rows.get(0)));
    }

    @Name("webhookDelivery")
    @Description("The delivery as it now is; null when there are userErrors.")
    public Uni<Delivery> payloadDelivery(@Source DeliveryPayload payload) {
        return payload.deliveryId() == null ? Uni.createFrom().nullItem()
                : reader.deliveriesByIds(List.of(payload.deliveryId())).map(rows -> rows.isEmpty() ? null : new Delivery(rows.get(0)));
    }

    @Mutation("webhookSubscriptionCreate")
    @RolesAllowed("${newretail.rules.webhookSubscriptionCreate}")
    @Description("Subscribes a URL to event types, signed with the given secret. INVALID_URL (https only in production, no private "
            + "addresses); UNKNOWN_EVENT_TYPE; INVALID_VALUE. Events published from now on are delivered to it.")
    public Uni<@NonNull SubscriptionPayload> webhookSubscriptionCreate(
            @Name("input") @NonNull @Description("url, eventTypes and secret are required.") SubscriptionInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        WebhookSubscriptions.Draft draft = new WebhookSubscriptions.Draft(input.url, input.eventTypes, input.secret, input.description, null);
        return frame.guard(SubscriptionPayload.KIND, () -> frame.once(SubscriptionPayload.KIND, "webhookSubscriptionCreate", idempotencyKey,
                Call.<Long, SubscriptionPayload>of(Map.of("url", String.valueOf(input.url), "eventTypes", String.valueOf(input.eventTypes)),
                        () -> subscriptions.create(draft, identity.getPrincipal().getName()),
                        id -> Call.Audit.of(null, Map.of("url", input.url, "eventTypes", String.join(",", input.eventTypes))))));
    }

    @Mutation("webhookSubscriptionUpdate")
    @RolesAllowed("${newretail.rules.webhookSubscriptionUpdate}")
    @Description("Changes a subscription (omitted fields keep their value; active: false pauses it: events published meanwhile are not "
            + "delivered to it). STALE_VERSION when it changed since you read it.")
    public Uni<@NonNull SubscriptionPayload> webhookSubscriptionUpdate(
            @Name("id") @Id @NonNull @Description("The subscription.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("What changes.") SubscriptionInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        WebhookSubscriptions.Draft draft = new WebhookSubscriptions.Draft(input.url, input.eventTypes, input.secret, input.description, input.active);
        return frame.guard(SubscriptionPayload.KIND, () -> {
            long subscription = GlobalId.decodeAt(id, Subscription.TYPE, "id");
            return frame.once(SubscriptionPayload.KIND, "webhookSubscriptionUpdate", idempotencyKey,
                    Call.<Long, SubscriptionPayload>of(Map.of("id", id, "expectedVersion", expectedVersion, "active", String.valueOf(input.active)),
                            () -> subscriptions.update(subscription, expectedVersion, draft),
                            done -> Call.Audit.of(null, Map.of("active", String.valueOf(input.active)))));
        });
    }

    @Mutation("webhookDeliveryRetry")
    @RolesAllowed("${newretail.rules.webhookDeliveryRetry}")
    @Description("Sends a delivery again (a DEAD one once the receiver is fixed, or any to replay it): PENDING now, with the full number of "
            + "attempts; the receiver gets the same event id. IN_FLIGHT while it is being sent.")
    public Uni<@NonNull DeliveryPayload> webhookDeliveryRetry(
            @Name("id") @Id @NonNull @Description("The delivery.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(DeliveryPayload.KIND, () -> {
            long delivery = GlobalId.decodeAt(id, Delivery.TYPE, "id");
            return frame.once(DeliveryPayload.KIND, "webhookDeliveryRetry", idempotencyKey, Call.<Long, DeliveryPayload>of(Map.of("id", id),
                    () -> subscriptions.redeliver(delivery), done -> Call.Audit.of(null, Map.of("delivery", delivery))));
        });
    }
}
