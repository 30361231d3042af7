package com.newretail.platform.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Two limits graphql-transport-ws servers owe and SmallRye does not enforce: a socket that has not
 * sent {@code connection_init} within the init timeout is closed with 4408, as the protocol
 * prescribes, and one subject holds at most so many acknowledged sockets at a time (the next is
 * closed with 1008, policy violation, instead of being acknowledged) so that a single token cannot
 * pin a pod's connections. SmallRye reads and writes the socket itself, so the guard watches the
 * frames on the connection's Netty pipeline, beside Vert.x's own handler.
 */
@ApplicationScoped
public class WebSocketGuard {

    static final int INIT_TIMEOUT_CODE = 4408;
    static final int TOO_MANY_SOCKETS_CODE = 1008;
    private static final Logger LOG = Logger.getLogger(WebSocketGuard.class);
    private static final String VERTX_HANDLER = "handler";

    private final Duration initTimeout;
    private final int maxPerSubject;
    private final Map<String, AtomicInteger> socketsBySubject = new ConcurrentHashMap<>();

    public WebSocketGuard(@ConfigProperty(name = "newretail.websocket.init-timeout", defaultValue = "5s") Duration initTimeout,
            @ConfigProperty(name = "newretail.websocket.max-per-subject", defaultValue = "10") int maxPerSubject) {
        this.initTimeout = initTimeout;
        this.maxPerSubject = maxPerSubject;
    }

    void route(@Observes Router router) {
        // Before SmallRye's WebSocket route (order -99), which takes the upgrade and does not pass it on.
        router.get("/graphql").order(-100).handler(this::guard);
    }

    /** Acknowledged sockets the subject holds now. */
    public int socketsOf(String subject) {
        AtomicInteger count = socketsBySubject.get(subject);
        return count == null ? 0 : count.get();
    }

    private void guard(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                && context.request().connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channel().pipeline();
            if (pipeline.get(VERTX_HANDLER) != null) {
                pipeline.addBefore(VERTX_HANDLER, "newretail-websocket-guard", new Frames(context, connection.channel()));
            } else {
                LOG.warn("Cannot guard a WebSocket: the connection has no Vert.x handler to stand beside");
            }
        }
        context.next();
    }

    /** Watches one connection's frames: the client's connection_init and the server's connection_ack. */
    private final class Frames extends ChannelDuplexHandler {
        private final RoutingContext upgrade;
        private final long initTimer;
        private volatile boolean initialised;
        private boolean acknowledged;
        private String counted;

        Frames(RoutingContext upgrade, Channel channel) {
            this.upgrade = upgrade;
            this.initTimer = upgrade.vertx().setTimer(initTimeout.toMillis(), timer -> {
                if (!initialised && channel.isActive()) {
                    closeWith(channel, INIT_TIMEOUT_CODE, "Connection initialisation timeout");
                }
            });
            channel.closeFuture().addListener(closed -> {
                upgrade.vertx().cancelTimer(initTimer);
                release();
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
            if (!initialised && message instanceof TextWebSocketFrame text && text.text().contains("\"connection_init\"")) {
                initialised = true;
                upgrade.vertx().cancelTimer(initTimer);
            }
            super.channelRead(context, message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (!acknowledged && message instanceof TextWebSocketFrame text && text.text().contains("\"connection_ack\"")) {
                acknowledged = true;
                String subject = subject();
                if (subject != null && !admit(subject)) {
                    text.release();
                    promise.setSuccess();
                    closeWith(context.channel(), TOO_MANY_SOCKETS_CODE, "Too many live connections for this user");
                    return;
                }
            }
            super.write(context, message, promise);
        }

        /** The signed-in subject of the socket (from its connection_init token), or null when there is none. */
        private String subject() {
            if (upgrade.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
                return user.getSecurityIdentity().getPrincipal().getName();
            }
            return null;
        }

        private boolean admit(String subject) {
            AtomicInteger count = socketsBySubject.computeIfAbsent(subject, key -> new AtomicInteger());
            if (count.incrementAndGet() > maxPerSubject) {
                count.decrementAndGet();
                LOG.infof("Refused a live connection of %s: it already holds %d", subject, maxPerSubject);
                return false;
            }
            counted = subject;
            return true;
        }

        private synchronized void release() {
            if (counted != null) {
                socketsBySubject.get(counted).decrementAndGet();
                counted = null;
            }
        }
    }

    private static void closeWith(Channel channel, int code, String reason) {
        channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
    }
}
