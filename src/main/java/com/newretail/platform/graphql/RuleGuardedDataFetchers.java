package com.newretail.platform.graphql;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

import com.newretail.platform.security.OperationRules;
import com.newretail.platform.security.TypeRules;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.mutiny.Uni;

/**
 * Field rules, one mechanism for every module: a field resolved on another object ({@code @Source})
 * whose result is a guarded type (see {@link TypeRules}) applies that type's role rule before it
 * runs, batched or not. Without it a field such as {@code Customer.orders} would hand orders to
 * every role that may read customers. A denial is the same {@code forbidden} error a root field
 * gives. Asked before Quarkus's own service (lower priority number); registered in META-INF/services.
 * <p>
 * Every Uni field, root or {@code @Source}, gets a {@link FaultTypedUniDataFetcher} (Quarkus's, with
 * failures that are no Exception answered as faults), the guarded ones with their rule. SmallRye asks
 * again for every batched field's loader on every request, used or not; building one looks its method
 * up by reflection, so each is built once and handed out again (it holds no per-request state). Other
 * fields are left to Quarkus (null).
 */
public class RuleGuardedDataFetchers implements DataFetcherService {

    /** Every guarded field ({@code Type.field}) and the operation whose rule it applies: read by the schema test. */
    public static final Map<String, String> GUARDED = new ConcurrentHashMap<>();

    private final TypeRules typeRules = TypeRules.from(ConfigProvider.getConfig());
    private final Map<OperationKey, PlugableBatchableDataFetcher> uniFetchers = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return -1;
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return uniFetchers.computeIfAbsent(new OperationKey(operation, type), key -> ruleOf(operation)
                .<PlugableBatchableDataFetcher>map(rule -> new Guarded<>(operation, type, rule))
                .orElseGet(() -> new FaultTypedUniDataFetcher<>(operation, type)));
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return refuseUnguardable(operation);
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return refuseUnguardable(operation);
    }

    private Optional<String> ruleOf(Operation operation) {
        if (!operation.isSourceField()) {
            return Optional.empty();
        }
        Optional<String> rule = typeRules.operationForFieldType(operation.getReference().getName());
        rule.ifPresent(r -> GUARDED.put(operation.getSourceFieldOn().getName() + "." + operation.getName(), r));
        return rule;
    }

    /** Guarded fields must return a Uni; anything else would silently skip the rule. */
    private PlugableBatchableDataFetcher refuseUnguardable(Operation operation) {
        if (ruleOf(operation).isPresent()) {
            throw new IllegalStateException(operation.getSourceFieldOn().getName() + "." + operation.getName()
                    + " reaches a guarded type; resolve it with a Uni so its type rule applies");
        }
        return null;
    }

    /** An operation and the type it was asked for, by identity: the model's equals compares by content. */
    private record OperationKey(Operation operation, Type type) {

        @Override
        public boolean equals(Object other) {
            return other instanceof OperationKey key && key.operation == operation && key.type == type;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(operation) + System.identityHashCode(type);
        }
    }

    /** The Uni fetcher with the type's rule checked inside the request context Quarkus's re-activates. */
    static final class Guarded<K, T> extends FaultTypedUniDataFetcher<K, T> {

        private final String rule;

        Guarded(Operation operation, Type type, String rule) {
            super(operation, type);
            this.rule = rule;
        }

        @Override
        protected Uni<?> handleUserMethodCall(DataFetchingEnvironment environment, Object[] arguments) throws Exception {
            Optional<RuntimeException> denial = denial();
            return denial.isPresent() ? Uni.createFrom().failure(denial.get()) : super.handleUserMethodCall(environment, arguments);
        }

        @Override
        protected Uni<java.util.List<T>> handleUserBatchLoad(DataFetchingEnvironment environment, Object[] arguments)
                throws Exception {
            Optional<RuntimeException> denial = denial();
            return denial.isPresent() ? Uni.createFrom().failure(denial.get()) : super.handleUserBatchLoad(environment, arguments);
        }

        private Optional<RuntimeException> denial() {
            SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
            try {
                Arc.container().instance(OperationRules.class).get().require(rule, identity);
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(e);
            }
        }
    }
}
