package com.newretail.platform.graphql;

import java.util.List;

/**
 * The position a keyset cursor names: the sort key of the last row seen and its id (the tie-break).
 * Every list ordered by "(key, id)" decodes its {@code after} cursor through here.
 */
public record Keyset(String key, long id) {

    public static String cursor(Object key, long id) {
        return Cursor.encode(key, id);
    }

    /** The keyset of an {@code after} cursor, or null for the first page. */
    public static Keyset after(PageRequest page) {
        if (page.after() == null) {
            return null;
        }
        List<String> parts = Cursor.decode(page.after(), 2);
        try {
            return new Keyset(parts.get(0), Long.parseLong(parts.get(1)));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
    }

    /** Null-safe accessors for SQL arguments. */
    public static String keyOf(Keyset keyset) {
        return keyset == null ? null : keyset.key();
    }

    public static Long idOf(Keyset keyset) {
        return keyset == null ? null : keyset.id();
    }
}
