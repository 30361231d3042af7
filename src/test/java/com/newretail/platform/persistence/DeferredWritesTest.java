package com.newretail.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How queued writes become the CTEs of one statement: their own CTE names made unique, parameters numbered on. */
class DeferredWritesTest {

    @Test
    void aWritesOwnCteNamesArePrefixedAndItsParametersFollowTheEarlierOnes() {
        assertEquals("w3_e AS (INSERT INTO t VALUES (?1))", DeferredWrites.names("{e} AS (INSERT INTO t VALUES (?1))", "w3_"));
        assertEquals("SELECT x FROM w3_e e", DeferredWrites.names("SELECT x FROM {e} e", "w3_"));
        assertEquals("VALUES (?6, ?7, cast(?8 as integer), ?6)", DeferredWrites.renumber("VALUES (?1, ?2, cast(?3 as integer), ?1)", 5));
        assertEquals("VALUES (?1, ?12)", DeferredWrites.renumber("VALUES (?1, ?12)", 0));
        assertEquals("VALUES (?3, ?14)", DeferredWrites.renumber("VALUES (?1, ?12)", 2));
    }
}
