package com.newretail.integration.domain;

import static com.newretail.integration.domain.IntegrationErrorCode.INVALID_URL;
import static com.newretail.integration.domain.IntegrationErrorCode.INVALID_VALUE;
import static com.newretail.integration.domain.IntegrationErrorCode.IN_FLIGHT;
import static com.newretail.integration.domain.IntegrationErrorCode.NOT_FOUND;
import static com.newretail.integration.domain.IntegrationErrorCode.STALE_VERSION;
import static com.newretail.integration.domain.IntegrationErrorCode.UNKNOWN_EVENT_TYPE;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.integration.api.IntegrationEvents;
import com.newretail.integration.persistence.WebhookStore;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.mutation.Refusal;

import io.smallrye.mutiny.Uni;

/**
 * Webhook subscriptions: where events of which types go, signed with which secret; and manual
 * redelivery of a delivery (a dead-lettered one after the receiver is fixed, or any to replay it).
 */
@ApplicationScoped
public class WebhookSubscriptions {

    /** A subscription's fields; on an update, nulls keep the current value. */
    public record Draft(String url, List<String> eventTypes, String secret, String description, Boolean active) {
    }

    private final WebhookStore store;
    private final WebhookConfig config;

    public WebhookSubscriptions(WebhookStore store, WebhookConfig config) {
        this.store = store;
        this.config = config;
    }

    public Uni<Outcome<Long>> create(Draft draft, String actor) {
        if (draft.url() == null || draft.eventTypes() == null || draft.secret() == null) {
            return Outcome.refusedNow(INVALID_VALUE, "A subscription needs a URL, event types and a secret", "input");
        }
        Refusal<IntegrationErrorCode> problem = problem(draft);
        return problem != null ? Uni.createFrom().item(Outcome.refused(problem))
                : store.insert(draft.url().trim(), draft.eventTypes(), draft.secret(), blankToNull(draft.description()), actor).map(Outcome::of);
    }

    public Uni<Outcome<Long>> update(long id, int expectedVersion, Draft draft) {
        Refusal<IntegrationErrorCode> problem = problem(draft);
        if (problem != null) {
            return Uni.createFrom().item(Outcome.refused(problem));
        }
        return store.lock(id).chain(version -> version.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such webhook subscription", "id")
                : version.get() != expectedVersion ? Outcome.refusedNow(STALE_VERSION, "The subscription is at version " + version.get()
                        + ", not " + expectedVersion, "expectedVersion")
                : store.update(id, draft.url() == null ? null : draft.url().trim(), draft.eventTypes(), draft.secret(), draft.description(),
                        draft.active()).map(ignored -> Outcome.of(id)));
    }

    /** Sends a delivery again: PENDING now, with max-attempts more tries; not while it is being sent. */
    public Uni<Outcome<Long>> redeliver(long deliveryId) {
        return store.lockDelivery(deliveryId).chain(status -> status.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such webhook delivery", "id")
                : "DELIVERING".equals(status.get()) ? Outcome.refusedNow(IN_FLIGHT, "The delivery is being sent right now", "id")
                : store.redeliver(deliveryId).map(ignored -> Outcome.of(deliveryId)));
    }

    private Refusal<IntegrationErrorCode> problem(Draft draft) {
        if (draft.url() != null) {
            String url = urlProblem(draft.url().trim());
            if (url != null) {
                return Refusal.of(INVALID_URL, url, "input", "url");
            }
        }
        if (draft.eventTypes() != null) {
            if (draft.eventTypes().isEmpty() || new HashSet<>(draft.eventTypes()).size() != draft.eventTypes().size()) {
                return Refusal.of(INVALID_VALUE, "Name one or more event types, each once", "input", "eventTypes");
            }
            for (int i = 0; i < draft.eventTypes().size(); i++) {
                if (!IntegrationEvents.TYPES.contains(draft.eventTypes().get(i))) {
                    return Refusal.of(UNKNOWN_EVENT_TYPE, "Unknown event type '" + draft.eventTypes().get(i) + "'; known: "
                            + String.join(", ", IntegrationEvents.TYPES), "input", "eventTypes", String.valueOf(i));
                }
            }
        }
        if (draft.secret() != null && (draft.secret().length() < 16 || draft.secret().length() > 200)) {
            return Refusal.of(INVALID_VALUE, "A secret has 16-200 characters", "input", "secret");
        }
        if (draft.description() != null && draft.description().length() > 200) {
            return Refusal.of(INVALID_VALUE, "A description has at most 200 characters", "input", "description");
        }
        return null;
    }

    /** Null when the URL may be a target: absolute, https (http where allowed), and not a private address unless allowed. */
    String urlProblem(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            return "Not a URL: " + e.getReason();
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !("http".equals(scheme) && config.allowInsecure())) {
            return config.allowInsecure() ? "The URL must be http or https" : "The URL must be https";
        }
        if (url.getHost() == null || url.getHost().isBlank() || url.getUserInfo() != null || text.length() > 2000) {
            return "The URL needs a host, no user info, and at most 2000 characters";
        }
        if (!config.allowPrivateTargets() && isPrivate(url.getHost())) {
            return "The URL targets a loopback, private or link-local address";
        }
        return null;
    }

    /** Literal addresses and localhost only: names are resolved when sent, so a name pointing inside is not caught here (see README). */
    private static boolean isPrivate(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h) || h.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(h);
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                    || address.isMulticastAddress();
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
