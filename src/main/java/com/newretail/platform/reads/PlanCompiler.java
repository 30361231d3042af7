package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.security.TypeRules;

/**
 * Turns a validated query operation into a {@link Plan}, or says why it cannot (the request then goes
 * to SmallRye). Fields are collected as GraphQL's CollectFields does: by response key in first-seen
 * order, through fragments whose type applies, with {@code @skip}/{@code @include} decided by the
 * request's variables (a plan is therefore cached per their values).
 */
final class PlanCompiler {

    /** Why an operation cannot be planned. */
    static final class NotPlannable extends Exception {
        NotPlannable(String why) {
            super(why, null, false, false);
        }
    }

    private final GraphQLSchema schema;
    private final ReadModels models;
    private final TypeRules typeRules;

    PlanCompiler(GraphQLSchema schema, ReadModels models, TypeRules typeRules) {
        this.schema = schema;
        this.models = models;
        this.typeRules = typeRules;
    }

    /** One compilation: levels are numbered as they are created. */
    private final class Run {
        final Map<String, FragmentDefinition> fragments;
        final Map<String, Object> variables;
        final Map<Field, String> nodeTypes;
        final Set<String> rules = new LinkedHashSet<>();
        int levels;

        Run(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, Map<Field, String> nodeTypes) {
            this.fragments = fragments;
            this.variables = variables;
            this.nodeTypes = nodeTypes;
        }

        Plan plan(OperationDefinition operation) throws NotPlannable {
            GraphQLObjectType query = schema.getQueryType();
            List<Plan.RootField> roots = new ArrayList<>();
            for (Map.Entry<String, List<Field>> entry : collect(query, List.of(operation.getSelectionSet())).entrySet()) {
                Field field = entry.getValue().get(0);
                if (field.getName().equals("__typename")) {
                    throw new NotPlannable("__typename on Query");
                }
                ReadRoot root = field.getName().equals("node") ? nodeRoot(field)
                        : models.root(field.getName()).orElseThrow(() -> new NotPlannable("no read root: " + field.getName()));
                rules.add(root.field());
                ReadModel model = models.model(root.type()).orElseThrow(() -> new NotPlannable("no read model: " + root.type()));
                Level level = new Level(levels++, model, Level.Kind.ROOT, null, null, root.aliases());
                GraphQLFieldDefinition definition = query.getFieldDefinition(field.getName());
                GraphQLFieldsContainer returned = (GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(definition.getType());
                List<SelectionSet> sets = selectionSets(entry.getValue());
                Shape.Entry written = root.connection()
                        ? new Shape.Connection(entry.getKey(), connectionParts(returned, sets, level))
                        : new Shape.Nested(entry.getKey(), level, -1, root.list(), false, object(level, model, sets));
                // A plain list's children are read in statements of their own: inlining reads one object or a page.
                level.children.stream().filter(child -> child.level().kind != Level.Kind.ONE && !root.list()).findFirst().ifPresent(child -> {
                    level.inlined = child;
                    Level list = child.level();
                    if (list.kind == Level.Kind.PAGED || list.kind == Level.Kind.SCOPED) {
                        list.children.stream().filter(grandchild -> grandchild.level().kind == Level.Kind.MANY).findFirst()
                                .ifPresent(grandchild -> list.inlined = grandchild);
                    }
                });
                roots.add(new Plan.RootField(entry.getKey(), root, field, definition, level, written));
            }
            return new Plan(roots, rules, levels);
        }

        /**
         * {@code node(id:)} as a root of the ID's type (the plan is compiled per type): its loader's rule
         * and the type's rule are required besides {@code node}'s, as {@code Nodes} requires them.
         */
        private ReadRoot nodeRoot(Field field) throws NotPlannable {
            String type = nodeTypes.get(field);
            if (type == null) {
                throw new NotPlannable("node(id:) inside a fragment");
            }
            ReadModelSource.NodeRead read = models.node(type).orElseThrow(() -> new NotPlannable("no node read: " + type));
            rules.add(typeRules.operationFor(type).orElseThrow(() -> new NotPlannable("no rule for type " + type)));
            rules.add(read.rule());
            return new ReadRoot("node", type, false, read.aliases(),
                    (arguments, page, scope, args) -> read.rows().select(GlobalId.decode(arguments.string("id"), type), scope, args));
        }

        private List<Shape.Part> connectionParts(GraphQLFieldsContainer connection, List<SelectionSet> sets, Level level) throws NotPlannable {
            List<Shape.Part> parts = new ArrayList<>();
            for (Map.Entry<String, List<Field>> entry : collect(connection, sets).entrySet()) {
                String name = entry.getValue().get(0).getName();
                switch (name) {
                    case "__typename" -> parts.add(typename(entry.getKey(), connection));
                    case "edges" -> {
                        GraphQLFieldsContainer edge = (GraphQLFieldsContainer) GraphQLTypeUtil
                                .unwrapAll(connection.getFieldDefinition("edges").getType());
                        parts.add(new Shape.Part(entry.getKey(), Shape.PartKind.EDGES, null,
                                edgeParts(edge, selectionSets(entry.getValue()), level), null));
                    }
                    case "pageInfo" -> parts.add(new Shape.Part(entry.getKey(), Shape.PartKind.PAGE_INFO, null,
                            pageInfoParts(selectionSets(entry.getValue())), null));
                    default -> throw new NotPlannable("connection field " + name);
                }
            }
            return parts;
        }

        private List<Shape.Part> edgeParts(GraphQLFieldsContainer edge, List<SelectionSet> sets, Level level) throws NotPlannable {
            List<Shape.Part> parts = new ArrayList<>();
            for (Map.Entry<String, List<Field>> entry : collect(edge, sets).entrySet()) {
                switch (entry.getValue().get(0).getName()) {
                    case "__typename" -> parts.add(typename(entry.getKey(), edge));
                    case "cursor" -> parts.add(Shape.Part.of(entry.getKey(), Shape.PartKind.CURSOR));
                    case "node" -> parts.add(new Shape.Part(entry.getKey(), Shape.PartKind.NODE, null, List.of(),
                            object(level, level.model, selectionSets(entry.getValue()))));
                    default -> throw new NotPlannable("edge field " + entry.getValue().get(0).getName());
                }
            }
            return parts;
        }

        private List<Shape.Part> pageInfoParts(List<SelectionSet> sets) throws NotPlannable {
            GraphQLObjectType pageInfo = schema.getObjectType("PageInfo");
            List<Shape.Part> parts = new ArrayList<>();
            for (Map.Entry<String, List<Field>> entry : collect(pageInfo, sets).entrySet()) {
                Shape.PartKind kind = switch (entry.getValue().get(0).getName()) {
                    case "__typename" -> Shape.PartKind.TYPENAME;
                    case "hasNextPage" -> Shape.PartKind.HAS_NEXT_PAGE;
                    case "hasPreviousPage" -> Shape.PartKind.HAS_PREVIOUS_PAGE;
                    case "startCursor" -> Shape.PartKind.START_CURSOR;
                    case "endCursor" -> Shape.PartKind.END_CURSOR;
                    default -> throw new NotPlannable("pageInfo field " + entry.getValue().get(0).getName());
                };
                parts.add(kind == Shape.PartKind.TYPENAME ? typename(entry.getKey(), pageInfo) : Shape.Part.of(entry.getKey(), kind));
            }
            return parts;
        }

        /** The shape of an object of {@code model} read in {@code level}'s rows; nested relations become joins or child levels. */
        private Shape object(Level level, ReadModel model, List<SelectionSet> sets) throws NotPlannable {
            GraphQLObjectType type = schema.getObjectType(model.type());
            List<Shape.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, List<Field>> entry : collect(type, sets).entrySet()) {
                String key = entry.getKey();
                String name = entry.getValue().get(0).getName();
                if (name.equals("__typename")) {
                    entries.add(new Shape.Typename(key, model.type()));
                    continue;
                }
                ReadField read = model.fields().get(name);
                GraphQLFieldDefinition definition = type.getFieldDefinition(name);
                if (read == null || definition == null) {
                    throw new NotPlannable("not declared: " + model.type() + "." + name);
                }
                if (!definition.getArguments().isEmpty() && !(read instanceof ReadField.Paged)) {
                    throw new NotPlannable("field with arguments: " + model.type() + "." + name);
                }
                if (read instanceof ReadField.Scalar scalar) {
                    int column = scalar.codec() == Codec.DECIMAL ? level.decimalColumn(scalar.sql()) : level.column(scalar.sql());
                    entries.add(new Shape.Column(key, column, scalar.codec(), model.type(), scalar.masking()));
                } else if (read instanceof ReadField.MoneyPair money) {
                    List<Shape.Part> parts = moneyParts(selectionSets(entry.getValue()));
                    // The currency only when asked for: a line's is a lookup of its order per row (Q3: 7 % of PostgreSQL's time).
                    boolean currency = parts.stream().anyMatch(part -> part.kind() == Shape.PartKind.CURRENCY);
                    entries.add(new Shape.Money(key, level.decimalColumn(money.amountSql()), currency ? level.column(money.currencySql()) : -1,
                            parts));
                } else {
                    entries.add(nested(level, key, entry.getValue().get(0), definition, read, selectionSets(entry.getValue())));
                }
            }
            return new Shape(entries);
        }

        private Shape.Entry nested(Level parent, String key, Field field, GraphQLFieldDefinition definition, ReadField read,
                List<SelectionSet> sets)
                throws NotPlannable {
            String returned = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType())).getName();
            typeRules.operationForFieldType(returned).ifPresent(rules::add);
            if (read instanceof ReadField.One one) {
                ReadModel target = model(one.type());
                if (parent.join(target, one.keySql())) {
                    return new Shape.Nested(key, parent, parent.column(target.keySql()), false, true, object(parent, target, sets));
                }
                Level child = new Level(levels++, target, Level.Kind.ONE, target.keySql(), null, target.alias().stream().toList());
                int parentKey = parent.column(one.keySql());
                parent.children.add(new Level.Child(child, parentKey));
                return new Shape.Nested(key, child, parentKey, false, false, object(child, target, sets));
            }
            if (read instanceof ReadField.Paged paged) {
                ReadModel target = model(paged.type());
                Level child = new Level(levels++, target, Level.Kind.PAGED, paged.childKeySql(), null, paged.aliases());
                child.paged = paged;
                child.field = field;
                child.definition = definition;
                int parentKey = parent.column(paged.keySql());
                parent.children.add(new Level.Child(child, parentKey));
                GraphQLFieldsContainer connection = (GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(definition.getType());
                return new Shape.NestedConnection(key, child, parentKey, connectionParts(connection, sets, child));
            }
            if (read instanceof ReadField.Scoped scoped) {
                ReadModel target = model(scoped.type());
                Level child = new Level(levels++, target, Level.Kind.SCOPED, scoped.childKeySql(), null, scoped.aliases());
                child.scoped = scoped;
                child.joinedOn.putAll(scoped.joinedOn());
                int parentKey = parent.column(scoped.keySql());
                parent.children.add(new Level.Child(child, parentKey));
                return new Shape.Nested(key, child, parentKey, true, false, object(child, target, sets));
            }
            ReadField.Many many = (ReadField.Many) read;
            ReadModel target = model(many.type());
            Level child = new Level(levels++, target, Level.Kind.MANY, many.childKeySql(), many.orderSql(), target.alias().stream().toList());
            int parentKey = parent.column(many.keySql());
            parent.children.add(new Level.Child(child, parentKey));
            return new Shape.Nested(key, child, parentKey, true, false, object(child, target, sets));
        }

        private List<Shape.Part> moneyParts(List<SelectionSet> sets) throws NotPlannable {
            GraphQLObjectType money = schema.getObjectType("Money");
            List<Shape.Part> parts = new ArrayList<>();
            for (Map.Entry<String, List<Field>> entry : collect(money, sets).entrySet()) {
                parts.add(switch (entry.getValue().get(0).getName()) {
                    case "__typename" -> typename(entry.getKey(), money);
                    case "amount" -> Shape.Part.of(entry.getKey(), Shape.PartKind.AMOUNT);
                    case "currency" -> Shape.Part.of(entry.getKey(), Shape.PartKind.CURRENCY);
                    default -> throw new NotPlannable("Money field " + entry.getValue().get(0).getName());
                });
            }
            return parts;
        }

        private ReadModel model(String type) throws NotPlannable {
            return models.model(type).orElseThrow(() -> new NotPlannable("no read model: " + type));
        }

        private Shape.Part typename(String key, GraphQLFieldsContainer type) {
            return new Shape.Part(key, Shape.PartKind.TYPENAME, type.getName(), List.of(), null);
        }

        /** GraphQL's CollectFields over several selection sets (the merged occurrences of one response key). */
        private Map<String, List<Field>> collect(GraphQLFieldsContainer type, List<SelectionSet> sets) throws NotPlannable {
            Map<String, List<Field>> fields = new LinkedHashMap<>();
            for (SelectionSet set : sets) {
                collect(type, set, fields, new LinkedHashSet<>());
            }
            return fields;
        }

        private void collect(GraphQLFieldsContainer type, SelectionSet set, Map<String, List<Field>> fields, Set<String> visited)
                throws NotPlannable {
            for (Selection<?> selection : set.getSelections()) {
                if (!included((DirectivesContainer<?>) selection)) {
                    continue;
                }
                if (selection instanceof Field field) {
                    if (field.getName().startsWith("__") && !field.getName().equals("__typename")) {
                        throw new NotPlannable("introspection");
                    }
                    fields.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment == null || !visited.add(spread.getName())) {
                        continue;
                    }
                    if (applies(fragment.getTypeCondition(), type) && included(fragment)) {
                        collect(type, fragment.getSelectionSet(), fields, visited);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    if (inline.getTypeCondition() == null || applies(inline.getTypeCondition(), type)) {
                        collect(type, inline.getSelectionSet(), fields, visited);
                    }
                }
            }
        }

        /**
         * GraphQL's DoesFragmentTypeApply: the condition is the object type, an interface it implements
         * or a union it belongs to ({@code ... on Product} under {@code node} of an order does not apply).
         */
        private boolean applies(TypeName condition, GraphQLFieldsContainer type) {
            if (condition.getName().equals(type.getName())) {
                return true;
            }
            if (!(type instanceof GraphQLObjectType object)) {
                return false;
            }
            if (object.getInterfaces().stream().anyMatch(i -> i.getName().equals(condition.getName()))) {
                return true;
            }
            return schema.getType(condition.getName()) instanceof GraphQLUnionType union
                    && union.getTypes().stream().anyMatch(member -> member.getName().equals(type.getName()));
        }

        private boolean included(DirectivesContainer<?> node) throws NotPlannable {
            for (Directive directive : node.getDirectives()) {
                if (directive.getName().equals("skip") && condition(directive)) {
                    return false;
                }
                if (directive.getName().equals("include") && !condition(directive)) {
                    return false;
                }
            }
            return true;
        }

        private boolean condition(Directive directive) throws NotPlannable {
            Value<?> value = directive.getArgument("if").getValue();
            if (value instanceof BooleanValue literal) {
                return literal.isValue();
            }
            if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Boolean flag) {
                return flag;
            }
            throw new NotPlannable("@" + directive.getName() + " without a boolean");
        }
    }

    /**
     * Compiles {@code operation} for the given coerced variables (only those of @skip/@include matter)
     * and the types of the IDs its root {@code node} fields ask for.
     */
    Plan compile(OperationDefinition operation, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
            Map<Field, String> nodeTypes) throws NotPlannable {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new NotPlannable("not a query");
        }
        return new Run(fragments, variables, nodeTypes).plan(operation);
    }

    private static List<SelectionSet> selectionSets(List<Field> occurrences) {
        List<SelectionSet> sets = new ArrayList<>(occurrences.size());
        for (Field field : occurrences) {
            if (field.getSelectionSet() != null) {
                sets.add(field.getSelectionSet());
            }
        }
        return sets;
    }
}
