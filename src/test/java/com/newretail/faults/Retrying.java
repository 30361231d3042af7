package com.newretail.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.core.ConditionTimeoutException;

import com.newretail.support.GraphQLClient;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A client that does what a till does when the server fails: it sends the same request, with the
 * same idempotency key, again until it gets an answer. A refusal (a userError) is an answer and
 * fails the test — under the faults nothing should be refused.
 */
final class Retrying {

    /** A till tries again after a short pause, for as long as a cashier would wait. */
    private static final Duration PAUSE = Duration.ofMillis(50);
    private static final Duration GIVE_UP = Duration.ofSeconds(90);

    private final GraphQLClient client;
    private final AtomicInteger retries = new AtomicInteger();

    Retrying(GraphQLClient client) {
        this.client = client;
    }

    /** Runs a stored mutation until it is applied; returns its payload. */
    JsonPath apply(String document, String mutation, Map<String, Object> variables) {
        return applyText(GraphQLClient.document(document), mutation, variables);
    }

    /** Runs a mutation until it is applied; returns its payload. */
    JsonPath applyText(String query, String mutation, Map<String, Object> variables) {
        return until(last -> {
            last.set("no answer yet to the attempt sent at " + java.time.Instant.now());
            Response response = client.post(query, variables);
            last.set(response.statusCode() + " " + response.asString());
            if (response.statusCode() != 200) {
                return null;
            }
            JsonPath result = response.jsonPath();
            if (result.getList("errors") != null) {
                return null;
            }
            List<Object> refused = result.getList("data." + mutation + ".userErrors");
            assertEquals(List.of(), refused, mutation + " was refused: " + result.prettify());
            return result;
        }, mutation);
    }

    /** Runs a read until it answers without errors. */
    JsonPath read(String query, Map<String, Object> variables) {
        return until(last -> {
            last.set("no answer yet to the attempt sent at " + java.time.Instant.now());
            Response response = client.post(query, variables);
            last.set(response.statusCode() + " " + response.asString());
            return response.statusCode() == 200 && response.jsonPath().getList("errors") == null ? response.jsonPath() : null;
        }, "read");
    }

    /** Attempts until answered; {@code attempt} records in its argument what it got (awaitility polls on its own thread). */
    private JsonPath until(java.util.function.Function<AtomicReference<String>, JsonPath> attempt, String what) {
        AtomicReference<JsonPath> answered = new AtomicReference<>();
        AtomicReference<String> last = new AtomicReference<>("none yet");
        try {
            await().atMost(GIVE_UP).pollDelay(Duration.ZERO).pollInterval(PAUSE).until(() -> {
                try {
                    answered.set(attempt.apply(last));
                } catch (Exception transportFailure) {
                    // RestAssured rethrows I/O failures unchecked but undeclared (a reset keep-alive connection: SocketException).
                    last.set(transportFailure.toString());
                }
                if (answered.get() == null) {
                    retries.incrementAndGet();
                }
                return answered.get() != null;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " was not applied within " + GIVE_UP + "; the last answer: " + last.get());
        }
        return answered.get();
    }

    /** How many attempts failed and were sent again. */
    int retries() {
        return retries.get();
    }
}
