package com.newretail.platform.errors;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.jboss.logging.Logger;

import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.ResultPath;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.datafetcher.DataFetcherException;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;

/**
 * Turns a failed field into the error a client may see. Client errors — denials, malformed IDs or
 * arguments, the classes listed as shown — keep their message (a denial without one gets one: the
 * spec requires a string) and are logged at DEBUG: they are not faults. Everything else, checked
 * exceptions included, is a fault: the client gets "Server Error" with a correlation id and nothing
 * of the fault (no host, port, SQL or class name); the log line with the detail has the same id.
 */
public class ClientSafeExceptionHandler implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ClientSafeExceptionHandler.class);

    private final List<Class<?>> clientErrors;
    private final String faultMessage;

    public ClientSafeExceptionHandler(List<Class<?>> clientErrors, String faultMessage) {
        this.clientErrors = List.copyOf(clientErrors);
        this.faultMessage = faultMessage;
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable cause = unwrap(parameters.getException());
        ResultPath path = parameters.getPath();
        GraphQLExceptionWhileDataFetching error;
        if (isClientError(cause)) {
            LOG.debugf("Client error at %s: %s", path, cause);
            error = new GraphQLExceptionWhileDataFetching(messageFor(cause, path), path, cause, parameters.getSourceLocation());
        } else {
            String correlationId = UUID.randomUUID().toString();
            LOG.errorf(cause, "Fault %s at %s (the client was told only the correlation id)", correlationId, path);
            error = new GraphQLExceptionWhileDataFetching(faultMessage, path, new InternalErrorException(faultMessage, correlationId),
                    parameters.getSourceLocation());
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
    }

    private boolean isClientError(Throwable cause) {
        return clientErrors.stream().anyMatch(type -> type.isInstance(cause));
    }

    /** The exception's own message; a denial without one says what was denied. */
    static String messageFor(Throwable cause, ResultPath path) {
        if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        String field = path == null || path.isRootPath() ? "this operation" : "'" + path.getSegmentName() + "'";
        if (cause instanceof ForbiddenException) {
            return "Your roles do not allow " + field;
        }
        if (cause instanceof UnauthorizedException) {
            return "Sign in to use " + field;
        }
        return "The request was refused at " + field;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof DataFetcherException || current instanceof CompletionException
                || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
