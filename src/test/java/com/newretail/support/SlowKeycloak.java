package com.newretail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A Keycloak that is slow and then fails: every request (token or Admin API) is held for
 * {@link #HOLD_MILLIS} and answered 503. Lets a test look at the database while the service waits
 * on Keycloak. Loopback only.
 */
public final class SlowKeycloak {

    public static final long HOLD_MILLIS = 2_000;

    private static final CountDownLatch NEVER = new CountDownLatch(1);
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger RECEIVED = new AtomicInteger();
    private static HttpServer server;

    private SlowKeycloak() {
    }

    /** Starts the server once; returns its base URL. */
    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "slow-keycloak");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", exchange -> {
                IN_FLIGHT.incrementAndGet();
                RECEIVED.incrementAndGet();
                try {
                    exchange.getRequestBody().readAllBytes();
                    NEVER.await(HOLD_MILLIS, TimeUnit.MILLISECONDS);
                    exchange.sendResponseHeaders(503, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                    IN_FLIGHT.decrementAndGet();
                }
            });
            server.start();
        }
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Requests being held right now. */
    public static int inFlight() {
        return IN_FLIGHT.get();
    }

    /** Requests received since the server started. */
    public static int received() {
        return RECEIVED.get();
    }
}
