package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.mutation.Refusal;

/** The frame's vocabulary: every area answers the standard failures with its own codes. */
class ErrorAreaTest {

    enum Complete { INVALID_ID, NOT_FOUND, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_INVALID, OUT_OF_PAPER }

    enum LacksKeyCodes { INVALID_ID, NOT_FOUND }

    enum Other { INVALID_ID, NOT_FOUND, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_INVALID }

    record Error(String code, String message, List<String> field) {
    }

    record Problem<C extends Enum<C>>(List<String> field, String message, C code) implements Refusal<C> {
    }

    record Payload(Long id, List<Error> userErrors) {
    }

    private static final ErrorArea<Complete, Error> AREA = ErrorArea.of(Complete.class,
            refusal -> new Error(refusal.code().name(), refusal.message(), refusal.field()));

    @Test
    void anAreaWithoutTheStandardCodesIsRefusedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErrorArea.of(LacksKeyCodes.class, refusal -> refusal));
        assertTrue(e.getMessage().contains("IDEMPOTENCY_KEY_REUSED"), e.getMessage());
    }

    @Test
    void standardFailuresUseTheAreasCodes() {
        assertEquals(new Error("NOT_FOUND", "No such store", List.of("input", "storeId")),
                AREA.error(ErrorArea.Standard.NOT_FOUND, "No such store", "input", "storeId"));
        assertNull(AREA.error(ErrorArea.Standard.INVALID_ID, "bad").field());
    }

    @Test
    void refusalsOfAnotherAreaAreAProgrammingError() {
        assertEquals(List.of(new Error("OUT_OF_PAPER", "jammed", null)), AREA.errors(List.of(new Problem<>(null, "jammed", Complete.OUT_OF_PAPER))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AREA.errors(List.of(new Problem<>(null, "x", Other.NOT_FOUND))));
        assertTrue(e.getMessage().contains("Other"), e.getMessage());
    }

    @Test
    void aPayloadNamingItsObjectByIdReplaysFromTheStoredGlobalId() {
        PayloadKind<Long, Payload, Error> kind = PayloadKind.ofId(AREA, "Widget", Payload::new, Payload::userErrors);
        String stored = kind.resultId().apply(42L);
        assertEquals(new Payload(42L, List.of()), kind.replay().apply(stored).await().indefinitely());
        assertEquals(new Payload(null, List.of(new Error("NOT_FOUND", "No such widget", List.of("id")))),
                kind.notFound("widget", "id").await().indefinitely());
        assertEquals(new Payload(null, List.of(new Error("OUT_OF_PAPER", "jammed", List.of("input")))),
                kind.refusedNow(new Problem<>(List.of("input"), "jammed", Complete.OUT_OF_PAPER)).await().indefinitely());
    }
}
