package com.newretail.platform.graphql;

/**
 * A query argument is out of its allowed range (for example {@code first} above 100). Mutations
 * report bad input as userErrors instead; queries have no payload, so this becomes a GraphQL error
 * with the code {@code invalid-argument} and a message clients may show.
 */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
