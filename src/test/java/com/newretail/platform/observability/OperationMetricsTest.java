package com.newretail.platform.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.buffer.Buffer;

/** The operation label: the request's operationName, else the document's name; bounded in number. */
class OperationMetricsTest {

    private final OperationMetrics metrics = new OperationMetrics(new SimpleMeterRegistry());

    private String name(String body) {
        return metrics.operation(body == null ? null : Buffer.buffer(body));
    }

    @Test
    void namesComeFromTheRequestOrTheDocument() {
        assertEquals("Orders", name("{\"query\":\"query A { x } query Orders { y }\",\"operationName\":\"Orders\"}"));
        assertEquals("CartCheckout", name("{\"query\":\"mutation CartCheckout($id: ID!) { cartCheckout(id: $id) { order { id } } }\"}"));
        assertEquals(OperationMetrics.ANONYMOUS, name("{\"query\":\"{ me { username } }\"}"));
        assertEquals(OperationMetrics.ANONYMOUS, name("{\"query\":\"{ x }\",\"operationName\":\"not a name!\"}"));
        assertEquals(OperationMetrics.ANONYMOUS, name(null));
    }

    @Test
    void atMostTwoHundredNamesThenOther() {
        for (int i = 0; i < OperationMetrics.MAX_OPERATIONS; i++) {
            assertEquals("Op" + i, name("{\"query\":\"query Op" + i + " { x }\"}"));
        }
        assertEquals(OperationMetrics.OTHER, name("{\"query\":\"query OneTooMany { x }\"}"));
        assertEquals("Op7", name("{\"query\":\"query Op7 { x }\"}"), "a known name keeps its label");
        assertEquals("SERVER_ERROR", OperationMetrics.outcome(503));
        assertEquals("CLIENT_ERROR", OperationMetrics.outcome(401));
        assertEquals("SUCCESS", OperationMetrics.outcome(200));
    }
}
