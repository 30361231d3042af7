package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageInfo;
import com.newretail.platform.graphql.PageRequest;

class CursorAndPagingTest {

    @Test
    void cursorsRoundTripKeysWithAnyCharacters() {
        String cursor = Cursor.encode("Store: Nº 1 / 上海", 17L);
        assertEquals(List.of("Store: Nº 1 / 上海", "17"), Cursor.decode(cursor, 2));
        assertThrows(InvalidArgumentException.class, () -> Cursor.decode(cursor, 3));
        assertThrows(InvalidArgumentException.class, () -> Cursor.decode("%%%", 2));
    }

    @Test
    void pageSizeIsBounded() {
        assertEquals(20, PageRequest.of(null, null).first());
        assertEquals(100, PageRequest.of(100, null).first());
        assertThrows(InvalidArgumentException.class, () -> PageRequest.of(101, null));
        assertThrows(InvalidArgumentException.class, () -> PageRequest.of(-1, null));
        assertEquals(11, PageRequest.of(10, "").fetchSize());
    }

    @Test
    void singleKeyCursorsDecodeOrAreInvalidArguments() {
        assertEquals(null, PageRequest.of(5, null).afterId());
        assertEquals("W-01", PageRequest.of(5, Cursor.encode("W-01")).afterKey());
        assertEquals(42L, PageRequest.of(5, Cursor.encode(42L)).afterId());
        assertThrows(InvalidArgumentException.class, () -> PageRequest.of(5, Cursor.encode("not-a-number")).afterId());
    }

    @Test
    void theExtraRowOnlySignalsANextPage() {
        PageRequest page = PageRequest.of(2, null);
        record Built(List<String> edges, PageInfo info) {
        }
        Built full = Connections.of(List.of("a", "b", "c"), page, s -> "c-" + s, (s, c) -> s, Built::new);
        assertEquals(List.of("a", "b"), full.edges());
        assertTrue(full.info().isHasNextPage());
        assertEquals("c-a", full.info().getStartCursor());
        assertEquals("c-b", full.info().getEndCursor());
        Built last = Connections.of(List.of("a"), page, s -> "c-" + s, (s, c) -> s, Built::new);
        assertFalse(last.info().isHasNextPage());
        Built empty = Connections.of(List.<String>of(), page, s -> "c-" + s, (s, c) -> s, Built::new);
        assertEquals(null, empty.info().getEndCursor());
    }
}
