package com.newretail.platform.errors;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * What a client sees of a fault: "Server Error" and a correlation id, never the fault itself. The
 * log line with the detail carries the same id. Its class name gives the error code
 * {@code internal-error}; as a {@link GraphQLError} it hands graphql-java the
 * {@code correlationId} extension.
 */
public final class InternalErrorException extends RuntimeException implements GraphQLError {

    private final String correlationId;

    public InternalErrorException(String message, String correlationId) {
        super(message, null, false, false);
        this.correlationId = correlationId;
    }

    public String correlationId() {
        return correlationId;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("correlationId", correlationId);
    }
}
