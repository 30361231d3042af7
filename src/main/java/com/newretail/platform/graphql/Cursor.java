package com.newretail.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key values of the last row seen, base64url-encoded. A cursor names
 * a position, not an offset, so pages stay stable while rows are inserted.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... keyValues) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < keyValues.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(keyValues[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key values of a cursor, checked to have {@code expectedParts} parts. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(SEPARATOR, -1));
            if (parts.size() != expectedParts) {
                throw new InvalidArgumentException("'after' is not a cursor of this list");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
    }
}
