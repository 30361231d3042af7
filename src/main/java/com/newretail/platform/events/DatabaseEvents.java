package com.newretail.platform.events;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Notifications the database sends with NOTIFY (see the V14 migration), as hot streams of JSON
 * payloads. One dedicated connection LISTENs for the whole service and reconnects on its own; a
 * NOTIFY arrives only once its transaction has committed, so a stream never shows a change that
 * was rolled back. Slow subscribers lose events rather than hold the others back.
 */
@ApplicationScoped
public class DatabaseEvents {

    private static final Logger LOG = Logger.getLogger(DatabaseEvents.class);
    private static final long RECONNECT_DELAY_MILLIS = 1000;

    private final Vertx vertx;
    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Map<String, BroadcastProcessor<JsonObject>> channels = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;

    public DatabaseEvents(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /**
     * Starts listening on a channel; modules call this at startup for the channels they stream, so
     * the LISTEN is in place before the first client subscribes.
     */
    public synchronized void listen(String channel) {
        if (channels.containsKey(channel)) {
            return;
        }
        BroadcastProcessor<JsonObject> processor = BroadcastProcessor.create();
        channels.put(channel, processor);
        subscriber().channel(channel).handler(payload -> {
            try {
                processor.onNext(new JsonObject(payload));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Ignoring a malformed notification on %s", channel);
            }
        });
    }

    /** The channel's notifications from now on; {@link #listen} must have been called for it. */
    public Multi<JsonObject> stream(String channel) {
        BroadcastProcessor<JsonObject> processor = channels.get(channel);
        if (processor == null) {
            throw new IllegalStateException("Not listening on " + channel);
        }
        return processor.onOverflow().drop();
    }

    private PgSubscriber subscriber() {
        if (subscriber == null) {
            PgConnectOptions options = PgConnectOptions.fromUri(url.map(DatabaseEvents::withoutVertxPrefix)
                    .orElseThrow(() -> new IllegalStateException("quarkus.datasource.reactive.url is not set")));
            username.ifPresent(options::setUser);
            password.ifPresent(options::setPassword);
            subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> RECONNECT_DELAY_MILLIS);
            subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for database notifications"),
                    failure -> LOG.error("Cannot listen for database notifications", failure));
        }
        return subscriber;
    }

    private static String withoutVertxPrefix(String reactiveUrl) {
        return reactiveUrl.startsWith("vertx-reactive:") ? reactiveUrl.substring("vertx-reactive:".length()) : reactiveUrl;
    }

    @PreDestroy
    synchronized void close() {
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }
}
