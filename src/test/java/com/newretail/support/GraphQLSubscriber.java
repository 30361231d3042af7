package com.newretail.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws client over the JDK's WebSocket, as a store dashboard would connect: the
 * token (if any) goes in the connection_init payload. Messages other than pings are queued for the
 * test to take; a close by the server is queued as {"type": "closed", "code": …}.
 */
public final class GraphQLSubscriber implements AutoCloseable {

    /** Messages by operation id; connection-level ones (ack, closed) under "". */
    private final Map<String, BlockingQueue<JsonPath>> messages = new ConcurrentHashMap<>();
    private final WebSocket socket;
    private int nextId = 1;

    private GraphQLSubscriber(int port) {
        URI uri = URI.create(RestAssured.baseURI.replaceFirst("^http", "ws") + ":" + port + "/graphql");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, new Listener()).join();
    }

    /** Sends connection_init; the answer (connection_ack or a close) is {@code next("", …)}. */
    public void init(String bearerToken) {
        Map<String, Object> init = new HashMap<>(Map.of("type", "connection_init"));
        if (bearerToken != null) {
            init.put("payload", Map.of("Authorization", "Bearer " + bearerToken));
        }
        send(init);
    }

    /** Opens the socket and sends nothing yet, not even connection_init. */
    public static GraphQLSubscriber open() {
        return new GraphQLSubscriber(RestAssured.port);
    }

    /** Connects and waits for the server to acknowledge the connection. */
    public static GraphQLSubscriber connect(String bearerToken) {
        return connect(bearerToken, RestAssured.port);
    }

    /** Connects to the instance of the app on the loopback port given. */
    public static GraphQLSubscriber connect(String bearerToken, int port) {
        GraphQLSubscriber subscriber = new GraphQLSubscriber(port);
        subscriber.init(bearerToken);
        JsonPath ack = subscriber.next("", Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("No connection_ack, got " + (ack == null ? "nothing" : ack.prettify()));
        }
        return subscriber;
    }

    /** Starts a subscription of a stored document; returns its operation id. */
    public String subscribe(String documentPath, Map<String, Object> variables) {
        return subscribeText(GraphQLClient.document(documentPath), variables);
    }

    public String subscribeText(String query, Map<String, Object> variables) {
        String id = Integer.toString(nextId++);
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
        return id;
    }

    /** The operation's next message (next, error or complete), or null when none arrives in time. */
    public JsonPath next(String operationId, Duration timeout) {
        try {
            return queue(operationId).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private BlockingQueue<JsonPath> queue(String operationId) {
        return messages.computeIfAbsent(operationId, id -> new LinkedBlockingQueue<>());
    }

    private void send(Map<String, Object> message) {
        socket.sendText(new JsonObject(message).encode(), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonPath message = new JsonPath(partial.toString());
                partial.setLength(0);
                if ("ping".equals(message.getString("type"))) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                } else {
                    String id = message.getString("id");
                    queue(id == null ? "" : id).add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            queue("").add(new JsonPath(new JsonObject(Map.of("type", "closed", "code", statusCode, "reason", String.valueOf(reason))).encode()));
            return null;
        }
    }
}
