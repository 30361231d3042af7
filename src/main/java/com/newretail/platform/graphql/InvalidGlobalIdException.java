package com.newretail.platform.graphql;

import java.util.Arrays;
import java.util.List;

/**
 * A client sent an ID that is malformed or denotes another type. Its message is shown to clients
 * (see {@code show-runtime-exception-message}); the GraphQL error code is {@code invalid-global-id}.
 */
public class InvalidGlobalIdException extends RuntimeException {

    private final List<String> field;

    public InvalidGlobalIdException(String globalId, String problem) {
        super("'" + abbreviate(globalId) + "' " + problem);
        this.field = null;
    }

    private InvalidGlobalIdException(String message, List<String> field) {
        super(message);
        this.field = field;
    }

    /** The same problem, located at an input field (path segments; list indexes as numbers). */
    public InvalidGlobalIdException at(Object... path) {
        return new InvalidGlobalIdException(getMessage(), Arrays.stream(path).map(String::valueOf).toList());
    }

    /** Where the bad ID was sent, or {@code fallback} when the decoder was not told. */
    public List<String> fieldOr(String... fallback) {
        return field != null ? field : List.of(fallback);
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
