package com.newretail.platform;

import static com.newretail.support.GraphQLClient.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Every error has a message a user can act on; client errors are not logged as faults; a fault is
 * masked and carries a correlation id that is also in the log line with its detail.
 */
@QuarkusTest
class ErrorReportingTests {

    private final GraphQLClient client = GraphQLClient.anonymous();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    OrgFixtures fixtures;

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    @TestSecurity(user = "error-analyst", roles = "analyst")
    void aDenialHasAMessageAndIsNotLoggedAsAnError() {
        JsonPath denied = client.run("organization/positionCreate", vars("input",
                Map.of("code", "NOPE", "name", "Nope", "realmRoles", List.of(), "dataScope", "SELF")));
        assertEquals("forbidden", denied.getString("errors[0].extensions.code"));
        assertThat(denied.getString("errors[0].message"), equalTo("Your roles do not allow 'positionCreate'"));
        assertFalse(denied.getMap("errors[0].extensions").containsKey("correlationId"), denied.prettify());
        JsonPath badId = client.runText("query { orgUnit(id: \"not-an-id\") { id } }", vars());
        assertEquals("invalid-global-id", badId.getString("errors[0].extensions.code"));
        assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()),
                () -> "client errors were logged as errors: " + records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                        .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }

    @Test
    @TestSecurity(user = "error-analyst", roles = "analyst")
    void aFaultIsMaskedWithACorrelationIdThatTheLogAlsoHas() {
        fixtures.bindHeadquartersAnalyst("error-analyst");
        // A NUL character is valid GraphQL but PostgreSQL refuses it in text: an internal fault.
        JsonPath fault = client.run("organization/orgUnits", vars("where", Map.of("nameContains", "bad\u0000name")));
        assertThat(fault.getString("errors[0].message"), equalTo("Server Error"));
        assertThat(fault.getString("errors[0].extensions.code"), equalTo("internal-error"));
        String correlationId = fault.getString("errors[0].extensions.correlationId");
        assertTrue(correlationId != null && !correlationId.isBlank(), fault.prettify());
        assertThat(fault.getString("errors[0].extensions.exception"), nullValue());
        assertThat(fault.prettify(), not(containsString("Pg")));
        assertThat(fault.prettify(), not(containsString("0x00")));
        assertTrue(records.stream().anyMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()
                && String.valueOf(formatted(r)).contains(correlationId) && r.getThrown() != null),
                "no error log line with the correlation id and the fault");
    }

    private static String formatted(LogRecord record) {
        Object[] parameters = record.getParameters();
        String message = record.getMessage();
        if (parameters != null) {
            for (Object parameter : parameters) {
                message = message + " " + parameter;
            }
        }
        return message;
    }
}
