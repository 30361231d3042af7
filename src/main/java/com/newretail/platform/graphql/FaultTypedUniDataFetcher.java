package com.newretail.platform.graphql;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.mutiny.Uni;

/**
 * Quarkus's Uni fetcher, except that a resolver failing with a Throwable that is neither an Exception
 * nor an Error is a fault. Quarkus's and SmallRye's fetchers turn only those two into errors and answer
 * anything else as a null without an error; Vert.x fails with such a Throwable when a pooled connection
 * was closed under a statement ({@code NoStackTraceThrowable}: "Connection is not active now"), so a
 * document that could not be read looked like one that does not exist, and a mutation's payload like a
 * success without its document (see UntypedFailureTests).
 */
class FaultTypedUniDataFetcher<K, T> extends QuarkusUniDataFetcher<K, T> {

    FaultTypedUniDataFetcher(Operation operation, Type type) {
        super(operation, type);
    }

    @Override
    protected Uni<?> handleUserMethodCall(DataFetchingEnvironment environment, Object[] arguments) throws Exception {
        return typed(super.handleUserMethodCall(environment, arguments));
    }

    @Override
    protected Uni<List<T>> handleUserBatchLoad(DataFetchingEnvironment environment, Object[] arguments) throws Exception {
        return typed(super.handleUserBatchLoad(environment, arguments));
    }

    private static <V> Uni<V> typed(Uni<V> result) {
        return result.onFailure(failure -> !(failure instanceof Exception) && !(failure instanceof Error))
                .transform(UntypedFailureException::new);
    }

    /** The fault a plain Throwable stands for; its message and the original go to the log, not to the client. */
    static final class UntypedFailureException extends RuntimeException {

        UntypedFailureException(Throwable failure) {
            super(failure.getClass().getName() + ": " + failure.getMessage(), failure);
        }
    }
}
