package com.newretail.platform.graphql;

/**
 * A validated forward page request. {@code first} defaults to 20 and may not exceed 100, so no
 * client can ask for an unbounded list.
 */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new InvalidArgumentException("'first' must be between 0 and " + MAX_SIZE + ", was " + size);
        }
        return new PageRequest(size, after == null || after.isBlank() ? null : after);
    }

    /** The single sort key of an {@code after} cursor of a list ordered by one unique key; null on the first page. */
    public String afterKey() {
        return after == null ? null : Cursor.decode(after, 1).get(0);
    }

    /** Like {@link #afterKey()} for lists ordered by a numeric id; a non-numeric cursor is an invalid argument. */
    public Long afterId() {
        String key = afterKey();
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }
}
