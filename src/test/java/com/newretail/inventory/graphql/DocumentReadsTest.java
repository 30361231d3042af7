package com.newretail.inventory.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** What a mutation payload's document field answers (in the app: Mutiny's operators need its context propagation). */
@QuarkusTest
class DocumentReadsTest {

    private static DocumentReads<Long, String> reads(List<Long> stored) {
        DocumentReads.Rows<Long> rows = (scope, ids, warehouseId, status, beforeId, limit) ->
                Uni.createFrom().item(stored.stream().filter(ids::contains).toList());
        return new DocumentReads<>("StockTransfer", rows, id -> id, id -> "transfer " + id, null);
    }

    @Test
    void aRefusedMutationNamesNoDocument() {
        assertNull(reads(List.of(7L)).ofPayload(null).await().indefinitely());
    }

    @Test
    void theDocumentANamedPayloadNamesIsRead() {
        assertEquals("transfer 7", reads(List.of(7L)).ofPayload(7L).await().indefinitely());
    }

    /** An answer without its document would read as done to a till; it must be an error the till retries. */
    @Test
    void aNamedDocumentThatCannotBeReadIsAFaultNotANull() {
        IllegalStateException fault = assertThrows(IllegalStateException.class, () -> reads(List.of()).ofPayload(7L).await().indefinitely());
        assertEquals("The StockTransfer 7 a mutation answered with cannot be read", fault.getMessage());
    }
}
