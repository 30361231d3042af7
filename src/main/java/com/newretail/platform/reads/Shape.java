package com.newretail.platform.reads;

import java.util.List;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * What the writer emits for one object, in response order: its keys (aliases) and where each value
 * comes from. Keys and constant type names are held encoded ({@link SerializedString}), so a response
 * copies their bytes instead of escaping and encoding them again for every row.
 */
record Shape(List<Entry> entries) {

    sealed interface Entry {
        SerializedString key();
    }

    /** {@code __typename}: a constant. */
    record Typename(SerializedString key, SerializedString type) implements Entry {
        Typename(String key, String type) {
            this(new SerializedString(key), new SerializedString(type));
        }
    }

    /** A scalar from a column of the row; IDs are encoded with {@code idType}; a masked string is masked for callers it is not revealed to. */
    record Column(SerializedString key, int column, Codec codec, String idType, Masking masking) implements Entry {
        Column(String key, int column, Codec codec, String idType, Masking masking) {
            this(new SerializedString(key), column, codec, idType, masking);
        }
    }

    /** A {@code Money} object built from two columns of the row ({@code currencyColumn} -1 when the selection has no currency). */
    record Money(SerializedString key, int amountColumn, int currencyColumn, List<Part> parts) implements Entry {
        Money(String key, int amountColumn, int currencyColumn, List<Part> parts) {
            this(new SerializedString(key), amountColumn, currencyColumn, parts);
        }
    }

    /**
     * The row(s) of a nested level whose key equals this row's {@code parentKeyColumn}; for a joined
     * single object ({@code joined}) the same row, null when the joined key is null.
     */
    record Nested(SerializedString key, Level level, int parentKeyColumn, boolean list, boolean joined, Shape shape) implements Entry {
        Nested(String key, Level level, int parentKeyColumn, boolean list, boolean joined, Shape shape) {
            this(new SerializedString(key), level, parentKeyColumn, list, joined, shape);
        }
    }

    /** A Relay connection per parent row: the page of a nested level whose key equals this row's {@code parentKeyColumn}. */
    record NestedConnection(SerializedString key, Level level, int parentKeyColumn, List<Part> parts) implements Entry {
        NestedConnection(String key, Level level, int parentKeyColumn, List<Part> parts) {
            this(new SerializedString(key), level, parentKeyColumn, parts);
        }
    }

    /** A Relay connection over a root level's rows. */
    record Connection(SerializedString key, List<Part> parts) implements Entry {
        Connection(String key, List<Part> parts) {
            this(new SerializedString(key), parts);
        }
    }

    /**
     * A value of an object that has no row of its own (Money, a connection, an edge, PageInfo):
     * {@code typename} for TYPENAME, {@code parts} for EDGES and PAGE_INFO, {@code node} for NODE.
     */
    record Part(SerializedString key, PartKind kind, SerializedString typename, List<Part> parts, Shape node) {

        Part(String key, PartKind kind, String typename, List<Part> parts, Shape node) {
            this(new SerializedString(key), kind, typename == null ? null : new SerializedString(typename), parts, node);
        }

        static Part of(String key, PartKind kind) {
            return new Part(key, kind, null, List.of(), null);
        }
    }

    enum PartKind {
        TYPENAME, AMOUNT, CURRENCY, EDGES, PAGE_INFO, CURSOR, NODE, HAS_NEXT_PAGE, HAS_PREVIOUS_PAGE, START_CURSOR, END_CURSOR
    }
}
