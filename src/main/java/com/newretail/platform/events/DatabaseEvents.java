package com.newretail.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;

/**
 * Notifications the database sends with NOTIFY (see the V14 migration), as hot streams of JSON
 * payloads. One dedicated connection LISTENs for the whole service; a NOTIFY arrives only once its
 * transaction has committed, so a stream never shows a change that was rolled back. Slow subscribers
 * lose events rather than hold the others back.
 *
 * <p>While that connection is down nothing is heard, so a subscriber must never be left believing
 * it is up to date: when the connection is lost every open stream fails with
 * {@link LiveUpdatesInterruptedException} (the client refetches and subscribes again), a new
 * subscription fails the same way until the listener is back, and the listener reconnects every
 * second — also when its very first connect fails. {@link #live()} feeds the readiness check.
 */
@ApplicationScoped
public class DatabaseEvents {

    /** How the listener's session shows in pg_stat_activity. */
    public static final String APPLICATION_NAME = "newretail-live-updates";

    private static final Logger LOG = Logger.getLogger(DatabaseEvents.class);
    private static final long RECONNECT_DELAY_MILLIS = 1000;

    private final io.vertx.core.Vertx vertx;
    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Map<String, BroadcastProcessor<JsonObject>> channels = new ConcurrentHashMap<>();
    private PgConnection connection;
    private boolean connecting;
    private boolean closed;
    private volatile boolean live;

    public DatabaseEvents(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx.getDelegate();
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /**
     * Starts listening on a channel; modules call this at startup for the channels they stream, so
     * the LISTEN is in place before the first client subscribes.
     */
    public synchronized void listen(String channel) {
        if (channels.putIfAbsent(channel, BroadcastProcessor.create()) != null) {
            return;
        }
        if (connection != null) {
            PgConnection current = connection;
            live = false;
            listenOn(current, List.of(channel)).onComplete(done -> markLiveIf(current, done.succeeded()));
        } else {
            connect();
        }
    }

    /**
     * The channel's notifications from now on; {@link #listen} must have been called for it. Fails
     * with {@link LiveUpdatesInterruptedException} when the listener is not connected, or later when
     * its connection is lost.
     */
    public Multi<JsonObject> stream(String channel) {
        BroadcastProcessor<JsonObject> processor = channels.get(channel);
        if (processor == null) {
            throw new IllegalStateException("Not listening on " + channel);
        }
        if (!live) {
            return Multi.createFrom().failure(LiveUpdatesInterruptedException.unavailable());
        }
        return processor.onOverflow().drop();
    }

    /** Whether every channel is being listened to right now. */
    public boolean live() {
        return live;
    }

    private synchronized void connect() {
        if (connecting || connection != null || closed) {
            return;
        }
        connecting = true;
        PgConnection.connect(vertx, connectOptions()).onComplete(attempt -> connected(attempt.result(), attempt.cause()));
    }

    private synchronized void connected(PgConnection opened, Throwable failure) {
        connecting = false;
        if (failure != null) {
            LOG.warnf("Cannot listen for database notifications (%s); retrying in %d ms", failure.getMessage(), RECONNECT_DELAY_MILLIS);
            scheduleReconnect();
            return;
        }
        if (closed) {
            opened.close();
            return;
        }
        connection = opened;
        opened.notificationHandler(notification -> deliver(notification.getChannel(), notification.getPayload()));
        opened.exceptionHandler(error -> LOG.warnf("Live-updates listener connection failed: %s", error.getMessage()));
        opened.closeHandler(ignored -> lost(opened));
        listenOn(opened, new ArrayList<>(channels.keySet())).onComplete(done -> {
            if (done.failed()) {
                LOG.warnf("LISTEN failed (%s); reconnecting", done.cause().getMessage());
                opened.close();
            }
            markLiveIf(opened, done.succeeded());
        });
    }

    private synchronized void markLiveIf(PgConnection listening, boolean succeeded) {
        if (succeeded && connection == listening) {
            live = true;
            LOG.info("Listening for database notifications");
        }
    }

    private void deliver(String channel, String payload) {
        BroadcastProcessor<JsonObject> processor = channels.get(channel);
        if (processor == null) {
            return;
        }
        try {
            processor.onNext(new JsonObject(payload));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Ignoring a malformed notification on %s", channel);
        }
    }

    /** The connection is gone: whatever was committed meanwhile is not heard, so every stream is told. */
    private synchronized void lost(PgConnection gone) {
        if (connection != gone) {
            return;
        }
        connection = null;
        live = false;
        LOG.warn("Lost the live-updates listener connection; subscribers are told and it reconnects");
        for (Map.Entry<String, BroadcastProcessor<JsonObject>> channel : channels.entrySet()) {
            BroadcastProcessor<JsonObject> interrupted = channel.getValue();
            channel.setValue(BroadcastProcessor.create());
            interrupted.onError(LiveUpdatesInterruptedException.interrupted());
        }
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (!closed) {
            vertx.setTimer(RECONNECT_DELAY_MILLIS, timer -> connect());
        }
    }

    private static Future<Void> listenOn(PgConnection on, List<String> names) {
        List<Future<?>> statements = new ArrayList<>();
        for (String name : names) {
            statements.add(on.query("LISTEN \"" + name.replace("\"", "\"\"") + "\"").execute());
        }
        return Future.all(statements).mapEmpty();
    }

    private PgConnectOptions connectOptions() {
        PgConnectOptions options = PgConnectOptions.fromUri(url.map(DatabaseEvents::withoutVertxPrefix)
                .orElseThrow(() -> new IllegalStateException("quarkus.datasource.reactive.url is not set")));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("application_name", APPLICATION_NAME);
        return options;
    }

    private static String withoutVertxPrefix(String reactiveUrl) {
        return reactiveUrl.startsWith("vertx-reactive:") ? reactiveUrl.substring("vertx-reactive:".length()) : reactiveUrl;
    }

    @PreDestroy
    public synchronized void close() {
        closed = true;
        live = false;
        if (connection != null) {
            PgConnection open = connection;
            connection = null;
            open.close();
        }
    }
}
