package com.newretail.platform.graphql;

/**
 * A client sent an ID that is malformed or denotes another type. Its message is shown to clients
 * (see {@code show-runtime-exception-message}); the GraphQL error code is {@code invalid-global-id}.
 */
public class InvalidGlobalIdException extends RuntimeException {

    public InvalidGlobalIdException(String globalId, String problem) {
        super("'" + abbreviate(globalId) + "' " + problem);
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
