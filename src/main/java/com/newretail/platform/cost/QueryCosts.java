package com.newretail.platform.cost;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import com.newretail.platform.graphql.PageRequest;

/**
 * The cost of an operation, computed from its document before it runs (requested) and from its
 * response after (actual). One point per object: every object a response can hold costs 1 —
 * scalars and {@code __typename} are free — and a list multiplies its items' cost by its length:
 * {@code first} for a connection's edges and nodes (20 when not given) and for other lists with
 * {@code first}, the declared bound of any other list. Each root field of a mutation adds
 * {@code mutation-cost}. Fragments on several types are all counted, so the requested cost never
 * undercounts; the actual cost is the objects the response really holds.
 */
public final class QueryCosts {

    /** Beyond this everything is "too much": sums saturate here instead of overflowing. */
    static final long CEILING = 1_000_000_000_000L;
    private static final int MAX_DEPTH = 64;

    private final int mutationCost;
    private final int listBound;
    private final Map<String, Integer> listBounds;

    public QueryCosts(int mutationCost, int listBound, Map<String, Integer> listBounds) {
        this.mutationCost = mutationCost;
        this.listBound = listBound;
        this.listBounds = Map.copyOf(listBounds);
    }

    public static QueryCosts of(CostConfig config) {
        return new QueryCosts(config.mutationCost(), config.listBound(), config.listBounds());
    }

    /** The most the operation can cost with these variables (coerced), saturated at {@link Integer#MAX_VALUE}. */
    public int requested(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        Walk walk = new Walk(schema, fragments, variables);
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        long cost = walk.selection(root, operation.getSelectionSet(), null, 0);
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            cost = add(cost, multiply(mutationCost, walk.rootFields(operation.getSelectionSet(), 0)));
        }
        return (int) Math.min(cost, Integer.MAX_VALUE);
    }

    /**
     * The variables whose values the requested cost of this operation can depend on: those given to a
     * {@code first} argument or to a directive's {@code if}, wherever they occur. A caller may keep a
     * requested cost for as long as these values repeat.
     */
    public static Set<String> variablesRead(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        Set<String> names = new LinkedHashSet<>();
        variablesRead(operation.getSelectionSet(), fragments, new HashSet<>(), names);
        return names;
    }

    private static void variablesRead(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> visited, Set<String> names) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            for (Directive directive : ((graphql.language.DirectivesContainer<?>) selection).getDirectives()) {
                variable(directive.getArgument("if"), names);
            }
            if (selection instanceof Field field) {
                field.getArguments().stream().filter(argument -> argument.getName().equals("first")).forEach(argument -> variable(argument, names));
                variablesRead(field.getSelectionSet(), fragments, visited, names);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && visited.add(spread.getName())) {
                    variablesRead(fragment.getSelectionSet(), fragments, visited, names);
                }
            } else if (selection instanceof InlineFragment inline) {
                variablesRead(inline.getSelectionSet(), fragments, visited, names);
            }
        }
    }

    private static void variable(Argument argument, Set<String> names) {
        if (argument != null && argument.getValue() instanceof VariableReference reference) {
            names.add(reference.getName());
        }
    }

    /** What a response's data cost: its objects (not the data object itself), plus each mutation root field's writes. */
    public int actual(Object data, boolean mutation) {
        if (!(data instanceof Map<?, ?> root)) {
            return 0;
        }
        long cost = 0;
        for (Object value : root.values()) {
            cost = add(cost, objects(value));
        }
        if (mutation) {
            cost = add(cost, multiply(mutationCost, root.size()));
        }
        return (int) Math.min(cost, Integer.MAX_VALUE);
    }

    private static long objects(Object value) {
        if (value instanceof Map<?, ?> map) {
            long count = 1;
            for (Object child : map.values()) {
                count = add(count, objects(child));
            }
            return count;
        }
        if (value instanceof List<?> list) {
            long count = 0;
            for (Object item : list) {
                count = add(count, objects(item));
            }
            return count;
        }
        return 0;
    }

    private final class Walk {
        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
        }

        /** The cost of a selection on a type; {@code connectionFirst} is the page size when the type is a connection. */
        long selection(GraphQLType parent, SelectionSet set, Long connectionFirst, int depth) {
            if (set == null || depth > MAX_DEPTH) {
                return depth > MAX_DEPTH ? CEILING : 0;
            }
            long total = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (!skipped(field.getDirectives()) && parent instanceof GraphQLFieldsContainer container
                            && container.getFieldDefinition(field.getName()) != null) {
                        total = add(total, field(container, container.getFieldDefinition(field.getName()), field, connectionFirst, depth));
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null && !skipped(spread.getDirectives())) {
                        total = add(total, selection(schema.getType(fragment.getTypeCondition().getName()), fragment.getSelectionSet(),
                                connectionFirst, depth + 1));
                    }
                } else if (selection instanceof InlineFragment inline && !skipped(inline.getDirectives())) {
                    GraphQLType type = inline.getTypeCondition() == null ? parent : schema.getType(inline.getTypeCondition().getName());
                    total = add(total, selection(type, inline.getSelectionSet(), connectionFirst, depth + 1));
                }
            }
            return total;
        }

        /** Root fields that run (for the mutation surcharge). */
        int rootFields(SelectionSet set, int depth) {
            int count = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field && !skipped(field.getDirectives()) && !field.getName().startsWith("__")) {
                    count++;
                } else if (selection instanceof FragmentSpread spread && !skipped(spread.getDirectives()) && fragments.containsKey(spread.getName())
                        && depth < MAX_DEPTH) {
                    count += rootFields(fragments.get(spread.getName()).getSelectionSet(), depth + 1);
                } else if (selection instanceof InlineFragment inline && !skipped(inline.getDirectives()) && depth < MAX_DEPTH) {
                    count += rootFields(inline.getSelectionSet(), depth + 1);
                }
            }
            return count;
        }

        private long field(GraphQLFieldsContainer parent, GraphQLFieldDefinition definition, Field field, Long connectionFirst, int depth) {
            GraphQLType type = definition.getType();
            GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
            if (!(inner instanceof GraphQLCompositeType composite)) {
                return 0;
            }
            Long first = isConnection(composite) ? first(definition, field) : null;
            long item = add(1, selection(composite, field.getSelectionSet(), first, depth + 1));
            if (!(GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList)) {
                return item;
            }
            return multiply(length(parent, definition, field, connectionFirst), item);
        }

        private long length(GraphQLFieldsContainer parent, GraphQLFieldDefinition definition, Field field, Long connectionFirst) {
            if (connectionFirst != null && isConnection(parent) && (definition.getName().equals("edges") || definition.getName().equals("nodes"))) {
                return connectionFirst;
            }
            if (definition.getArgument("first") != null) {
                return first(definition, field);
            }
            return listBounds.getOrDefault(parent.getName() + "." + definition.getName(), listBound);
        }

        /** The field's {@code first}: given, else its declared default, else the default page size. */
        private long first(GraphQLFieldDefinition definition, Field field) {
            Argument given = field.getArguments().stream().filter(argument -> argument.getName().equals("first")).findFirst().orElse(null);
            Object value = given == null ? null : value(given.getValue());
            if (value == null && definition.getArgument("first") != null) {
                GraphQLArgument declared = definition.getArgument("first");
                if (declared.hasSetDefaultValue() && declared.getArgumentDefaultValue().getValue() instanceof IntValue literal) {
                    value = literal.getValue().longValue();
                }
            }
            return value instanceof Number number ? Math.max(0, number.longValue()) : PageRequest.DEFAULT_SIZE;
        }

        private Object value(Value<?> value) {
            if (value instanceof IntValue literal) {
                return literal.getValue().longValue();
            }
            if (value instanceof BooleanValue literal) {
                return literal.isValue();
            }
            if (value instanceof VariableReference reference) {
                return variables.get(reference.getName());
            }
            return null;
        }

        private boolean skipped(List<Directive> directives) {
            for (Directive directive : directives) {
                Argument condition = directive.getArgument("if");
                Object value = condition == null ? null : value(condition.getValue());
                if (directive.getName().equals("skip") && Boolean.TRUE.equals(value)
                        || directive.getName().equals("include") && Boolean.FALSE.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isConnection(GraphQLType type) {
            return type instanceof GraphQLFieldsContainer container && container.getName().endsWith("Connection")
                    && (container.getFieldDefinition("edges") != null || container.getFieldDefinition("nodes") != null);
        }
    }

    static long add(long a, long b) {
        return Math.min(CEILING, a + b);
    }

    static long multiply(long a, long b) {
        return a == 0 || b == 0 ? 0 : a > CEILING / b ? CEILING : Math.min(CEILING, a * b);
    }

}
