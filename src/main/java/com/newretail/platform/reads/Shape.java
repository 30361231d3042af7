package com.newretail.platform.reads;

import java.util.List;

/** What the writer emits for one object, in response order: its keys (aliases) and where each value comes from. */
record Shape(List<Entry> entries) {

    sealed interface Entry {
        String key();
    }

    /** {@code __typename}: a constant. */
    record Typename(String key, String type) implements Entry {
    }

    /** A scalar from a column of the row; IDs are encoded with {@code idType}. */
    record Column(String key, int column, Codec codec, String idType) implements Entry {
    }

    /** A {@code Money} object built from two columns of the row. */
    record Money(String key, int amountColumn, int currencyColumn, List<Part> parts) implements Entry {
    }

    /**
     * The row(s) of a nested level whose key equals this row's {@code parentKeyColumn}; for a joined
     * single object ({@code joined}) the same row, null when the joined key is null.
     */
    record Nested(String key, Level level, int parentKeyColumn, boolean list, boolean joined, Shape shape) implements Entry {
    }

    /** A Relay connection per parent row: the page of a nested level whose key equals this row's {@code parentKeyColumn}. */
    record NestedConnection(String key, Level level, int parentKeyColumn, List<Part> parts) implements Entry {
    }

    /** A Relay connection over a root level's rows. */
    record Connection(String key, List<Part> parts) implements Entry {
    }

    /**
     * A value of an object that has no row of its own (Money, a connection, an edge, PageInfo):
     * {@code typename} for TYPENAME, {@code parts} for EDGES and PAGE_INFO, {@code node} for NODE.
     */
    record Part(String key, PartKind kind, String typename, List<Part> parts, Shape node) {

        static Part of(String key, PartKind kind) {
            return new Part(key, kind, null, List.of(), null);
        }
    }

    enum PartKind {
        TYPENAME, AMOUNT, CURRENCY, EDGES, PAGE_INFO, CURSOR, NODE, HAS_NEXT_PAGE, HAS_PREVIOUS_PAGE, START_CURSOR, END_CURSOR
    }
}
