package com.newretail.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLSubscriber;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * A socket that never sends connection_init is closed with 4408 once the init timeout (2 s under
 * test, 5 s in production) has passed; one that does is left open. (The cap on sockets per subject
 * needs real tokens: WebSocketLimitsIT.)
 */
@QuarkusTest
class WebSocketLimitsTests {

    @Test
    void aSocketWithoutConnectionInitIsClosedWith4408() {
        try (GraphQLSubscriber silent = GraphQLSubscriber.open()) {
            JsonPath closed = silent.next("", Duration.ofSeconds(10));
            assertNotNull(closed, "the silent socket is still open");
            assertEquals("closed", closed.getString("type"), closed.prettify());
            assertEquals(4408, closed.getInt("code"), closed.prettify());
        }
    }

    @Test
    @TestSecurity(user = "clerk-socket", roles = "sales-clerk")
    void anInitialisedSocketOutlivesTheInitTimeout() {
        try (GraphQLSubscriber initialised = GraphQLSubscriber.connect(null)) {
            AtomicReference<JsonPath> closed = new AtomicReference<>();
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> {
                        closed.compareAndSet(null, initialised.next("", Duration.ofMillis(200)));
                        return closed.get() == null;
                    });
        }
    }
}
