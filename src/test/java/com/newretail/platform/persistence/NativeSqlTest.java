package com.newretail.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class NativeSqlTest {

    @Test
    void eachOccurrenceOfAParameterIsItsOwnPlaceholder() {
        NativeSql.Rewritten statement = NativeSql.postgres("UPDATE t SET a = ?2, b = CASE WHEN ?1 = 'X' THEN now() END WHERE c = ?1 AND d ?| e");
        assertEquals("UPDATE t SET a = $1, b = CASE WHEN $2 = 'X' THEN now() END WHERE c = $3 AND d ?| e", statement.sql());
        assertArrayEquals(new Object[] {"two", "one", "one"}, statement.bind(new Object[] {"one", "two"}));
    }

    @Test
    void aCollectionIsRefusedRatherThanBoundAsOneValue() {
        NativeSql.Rewritten statement = NativeSql.postgres("SELECT 1 FROM t WHERE id = ANY(?1)");
        assertThrows(IllegalArgumentException.class, () -> statement.bind(new Object[] {List.of(1L, 2L)}));
        assertArrayEquals(new Object[] {new Long[] {1L, 2L}}, statement.bind(new Object[] {new Long[] {1L, 2L}}));
    }
}
