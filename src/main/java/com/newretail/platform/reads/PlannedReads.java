package com.newretail.platform.reads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;

import com.newretail.platform.cost.CostGate;
import com.newretail.platform.cost.QueryCosts;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.persistence.ConnectionPools;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;
import com.newretail.platform.security.OperationRules;
import com.newretail.platform.security.TypeRules;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Serves a query from a cached plan when it can: parses and validates a document once (against
 * SmallRye's schema, with the same token limits), refuses documents near the depth or complexity
 * limits (SmallRye then applies them), compiles a plan per document, operation and @skip/@include
 * values, checks the caller against every role rule the plan needs, and runs one statement per
 * level. {@link #serve} answers empty whenever SmallRye should answer instead.
 */
@Singleton
public class PlannedReads {

    private static final Logger LOG = Logger.getLogger(PlannedReads.class);
    private static final int MAX_DOCUMENTS = 2000;

    /**
     * A parsed, validated operation, its root {@code node} fields, and its plans by the values of its
     * @skip/@include variables and the types of the IDs those {@code node} fields ask for.
     */
    private record Parsed(OperationDefinition operation, Map<String, FragmentDefinition> fragments, List<String> directiveVariables,
            List<Field> nodeFields, Map<List<Object>, Optional<Plan>> plans, List<String> costVariables, Map<List<Object>, Integer> costs) {
    }

    /** Requested costs kept per document (by the values of the variables they depend on), at most. */
    private static final int MAX_COSTS = 64;

    private record DocumentKey(String query, String operationName) {
    }

    private final GraphQLSchema schema;
    private final PlanCompiler compiler;
    private final OperationRules rules;
    private final CallerScope callerScope;
    private final SqlClient pool;
    private final int maxDepth;
    private final int maxComplexity;
    private final Map<DocumentKey, Optional<Parsed>> documents = new ConcurrentHashMap<>();
    /** Null when tracing is off. */
    private final Tracer tracer;
    private final CostGate costs;
    private final ReadModels models;

    public PlannedReads(GraphQLSchema schema, ReadModels models, OperationRules rules, CallerScope callerScope, Config config,
            @ReactiveDataSource("reads") io.vertx.mutiny.sqlclient.Pool pool,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") int maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") int maxComplexity, Tracer tracer, CostGate costs,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff, ConnectionPools pools) {
        // With the SDK off Quarkus still hands out an SDK tracer whose spans record (and go nowhere): 1-2 % of a Q3 request's CPU.
        this.tracer = tracingOff ? null : tracer;
        this.costs = costs;
        this.models = models;
        this.schema = schema;
        this.compiler = new PlanCompiler(schema, models, TypeRules.from(config));
        this.rules = rules;
        this.callerScope = callerScope;
        io.vertx.sqlclient.Pool reads = pool.getDelegate();
        reads.size(); // the pool is a lazy bean: its first use runs the creator that also builds the pipelined client
        this.pool = pools.pipelinedReads().orElse(reads);
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    /** A request the planner takes: its plan, coerced variables and operation name (null when anonymous). */
    public record Prepared(Plan plan, CoercedVariables variables, String operationName, int requestedCost) {
    }

    /** The plan for this request and caller, or empty when SmallRye should answer it. */
    public Optional<Prepared> prepare(String query, String operationName, Map<String, Object> variables, SecurityIdentity caller) {
        Optional<Parsed> parsed = parsed(query, operationName);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        CoercedVariables coerced;
        try {
            coerced = ValuesResolver.coerceVariableValues(schema, parsed.get().operation().getVariableDefinitions(),
                    RawVariables.of(variables == null ? Map.of() : variables), GraphQLContext.getDefault(), Locale.ROOT);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<Object> planKey = new ArrayList<>();
        parsed.get().directiveVariables().forEach(name -> planKey.add(coerced.get(name)));
        Map<Field, String> nodeTypes = new IdentityHashMap<>();
        for (Field node : parsed.get().nodeFields()) {
            Optional<String> type = idType(node, coerced);
            // Only types the planner reads join the key: any other string would grow the plan cache.
            if (type.isEmpty() || models.node(type.get()).isEmpty()) {
                return Optional.empty();
            }
            nodeTypes.put(node, type.get());
            planKey.add(type.get());
        }
        Optional<Plan> plan = parsed.get().plans().computeIfAbsent(planKey, values -> {
            try {
                return Optional.of(compiler.compile(parsed.get().operation(), parsed.get().fragments(), coerced.toMap(), nodeTypes));
            } catch (PlanCompiler.NotPlannable e) {
                LOG.debugf("Not planned (%s): %s", e.getMessage(), operationName);
                return Optional.empty();
            }
        });
        if (plan.isEmpty() || !plan.get().rules().stream().allMatch(rule -> rules.allows(rule, caller))) {
            return Optional.empty();
        }
        String name = operationName != null && !operationName.isEmpty() ? operationName : parsed.get().operation().getName();
        return Optional.of(new Prepared(plan.get(), coerced, name, requestedCost(parsed.get(), coerced)));
    }

    /** The document's requested cost with these variables: walked once per values of the variables it depends on (Q3: 7 % of the app's CPU). */
    private int requestedCost(Parsed parsed, CoercedVariables coerced) {
        List<Object> key = new ArrayList<>(parsed.costVariables().size());
        parsed.costVariables().forEach(name -> key.add(coerced.get(name)));
        Integer known = parsed.costs().get(key);
        if (known != null) {
            return known;
        }
        int cost = costs.requested(schema, parsed.operation(), parsed.fragments(), coerced.toMap());
        if (parsed.costs().size() < MAX_COSTS) {
            parsed.costs().put(key, cost);
        }
        return cost;
    }

    /** The type named by a {@code node} field's ID (a literal or a variable); empty for a malformed ID, which SmallRye reports. */
    private static Optional<String> idType(Field node, CoercedVariables variables) {
        Argument id = node.getArguments().stream().filter(a -> a.getName().equals("id")).findFirst().orElse(null);
        Object value = id == null ? null
                : id.getValue() instanceof StringValue literal ? literal.getValue()
                : id.getValue() instanceof VariableReference reference ? variables.get(reference.getName()) : null;
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(GlobalId.parse(text).type());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs a prepared plan for the caller: the response body, or a failed future when SmallRye should
     * answer after all (an argument the resolver would refuse, a database failure).
     */
    public Future<Buffer> serve(Prepared prepared, SecurityIdentity caller, IntFunction<Map<String, Object>> cost) {
        Optional<DataScope> known = callerScope.known(caller);
        Future<DataScope> scopeOf = known.isPresent() ? Future.succeededFuture(known.get())
                : Future.fromCompletionStage(callerScope.of(caller).subscribeAsCompletionStage());
        Span span = operationSpan(prepared.operationName());
        io.opentelemetry.context.Context trace = tracer == null ? null : io.opentelemetry.context.Context.current().with(span);
        return scopeOf.compose(scope -> {
            Fetched fetched = new Fetched(prepared.plan().levelCount(), caller);
            Run run = new Run(fetched, scope, prepared.variables(), trace);
            List<Future<?>> roots = new ArrayList<>();
            for (Plan.RootField root : prepared.plan().roots()) {
                roots.add(root(root, run));
            }
            return Future.all(roots).map(done -> {
                try {
                    return ResponseWriter.write(prepared.plan(), fetched, cost);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }).onComplete(result -> {
            if (result.failed()) {
                span.recordException(result.cause());
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
    }

    /**
     * The operation's span, as SmallRye's {@code TracingService} starts it (name {@code GraphQL:<name>},
     * the same attributes), so a trace looks the same whichever path served; a no-op without an endpoint.
     */
    private Span operationSpan(String operationName) {
        if (tracer == null) {
            return Span.getInvalid();
        }
        Span span = tracer.spanBuilder(operationName == null ? "GraphQL" : "GraphQL:" + operationName).startSpan();
        if (span.isRecording()) {
            span.setAttribute("graphql.executionId", UUID.randomUUID().toString());
            span.setAttribute("graphql.operationType", "QUERY");
            span.setAttribute("graphql.operationName", operationName == null ? "" : operationName);
        }
        return span;
    }

    /** One request's execution: where rows go, the caller's scope, the coerced variables, the operation's trace context. */
    private record Run(Fetched fetched, DataScope scope, CoercedVariables variables, io.opentelemetry.context.Context trace) {
    }

    private Future<Void> root(Plan.RootField root, Run run) {
        Level level = root.level();
        Fetched fetched = run.fetched();
        DataScope scope = run.scope();
        CoercedVariables variables = run.variables();
        SqlArgs args = new SqlArgs();
        PageRequest page;
        ReadRoot.Selection selection;
        try {
            Map<String, Object> values = ValuesResolver.getArgumentValues(schema.getCodeRegistry(), root.definition().getArguments(),
                    root.field().getArguments(), variables, GraphQLContext.getDefault(), Locale.ROOT);
            Arguments arguments = new Arguments(values);
            page = root.root().connection() ? PageRequest.of(arguments.integer("first"), arguments.string("after")) : null;
            selection = root.root().rows().select(arguments, page, scope, args);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        List<String> columns = new ArrayList<>(level.columns);
        columns.addAll(selection.cursorSql());
        int width = columns.size();
        ReadRoot.Selection rows = level.joined(selection);
        String limit = page == null ? null : Integer.toString(page.fetchSize());
        Inlined statement;
        try {
            statement = level.inlined == null ? new Inlined(rows.statement(columns.isEmpty() ? "1" : String.join(", ", columns), limit), false)
                    : withInlinedChild(level, columns, rows, limit, args, run);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return query(statement.sql(), Tuple.from(args.values()), run).compose(read -> {
            List<Row> list = new ArrayList<>(read.size());
            if (level.inlined == null) {
                read.forEach(list::add);
            } else {
                splitInlined(level, read, width, statement.childNumbered(), list, fetched);
            }
            fetched.root(level, new Fetched.Page(list, level.columns.size(), selection.cursorSql().size(), page == null ? -1 : page.first(), 0));
            return children(level, list, 0, run);
        });
    }

    /** A root's statement, and whether its inlined child's rows are numbered ({@code xn}) or told apart by their cursors. */
    private record Inlined(String sql, boolean childNumbered) {
    }

    /**
     * One statement for a root and its first list child: the root's rows (numbered in their order) LEFT
     * JOIN the child's rows of each — a plain join for a list of all related rows, LATERAL for a scoped
     * or paged list (its own order and limit per parent). The root's columns come first ({@code r0…},
     * then {@code rn}), the child's after them ({@code c0…}, then {@code xn} in the LATERAL form unless
     * the child's cursor columns give its order). The page size is written into the SQL, not bound:
     * PostgreSQL never reuses a plan with a bound LIMIT. A root that answers one object (no page) reads
     * its first row only, numbered 1: the window functions and the sorts on them were a tenth of
     * PostgreSQL's time for bench Q3 (pgbench, one client).
     */
    private Inlined withInlinedChild(Level level, List<String> columns, ReadRoot.Selection rows, String limit, SqlArgs args, Run run) {
        List<String> aliased = new ArrayList<>(columns.size() + 1);
        for (int i = 0; i < columns.size(); i++) {
            aliased.add(columns.get(i) + " AS r" + i);
        }
        // One object: its resolver answers with the first row of the selection in its order, the row LIMIT 1 keeps.
        boolean single = limit == null;
        aliased.add(single ? "1 AS rn" : "row_number() OVER (" + (rows.orderBy() == null ? "" : "ORDER BY " + rows.orderBy()) + ") AS rn");
        String rootColumns = String.join(", ", aliased);
        String rootLimit = single ? "1" : limit;
        String rootOrder = single ? "" : "r.rn, ";
        Level child = level.inlined.level();
        String parentKey = "r.r" + level.inlined.parentKeyColumn();
        if (child.kind == Level.Kind.MANY) {
            // All of each root's rows: a plain LEFT JOIN, which PostgreSQL plans as the hand-written flat join.
            String order = child.orderSql == null ? child.matchSql : child.orderSql;
            return new Inlined("SELECT r.*, " + child.aliasedSelectList() + " FROM (" + rows.statement(rootColumns, rootLimit) + ") r LEFT JOIN "
                    + joinable(child.from(child.model.from())) + " ON " + child.matchSql + " = " + parentKey + " ORDER BY " + rootOrder + order, false);
        }
        if (child.kind != Level.Kind.PAGED && child.kind != Level.Kind.SCOPED) {
            throw new IllegalStateException("inlined " + child.kind);
        }
        ChildRows list = childRows(child, parentKey, run, args);
        if (single && child.inlined == null && list.rows().orderBy() != null) {
            // One object (its resolver answers with the first row): the list is a plain LEFT JOIN in its order, limited
            // as a whole, which PostgreSQL runs as the flat join; a LATERAL per parent ran at about 60 % of that (Q2, pgbench).
            return new Inlined("SELECT r.*, " + list.columns() + " FROM (" + rows.statement(rootColumns, "1") + ") r LEFT JOIN "
                    + joinable(list.rows().from()) + " ON " + list.rows().where() + " ORDER BY " + list.rows().orderBy() + " LIMIT " + list.limit(), false);
        }
        String root = rows.statement(rootColumns, rootLimit);
        Optional<String> byCursors = child.kind == Level.Kind.PAGED ? CursorOrder.over(list.rows().orderBy(), list.rows().cursorSql(), "x.q") : Optional.empty();
        String childSql = byCursors.isPresent() ? list.statement("") : list.statement(", row_number() OVER (ORDER BY " + list.rows().orderBy() + ") AS xn");
        String childOrder = byCursors.orElse("x.xn");
        if (child.inlined == null) {
            return new Inlined("SELECT r.*, x.* FROM (" + root + ") r LEFT JOIN LATERAL (" + childSql + ") x ON true ORDER BY " + rootOrder + childOrder,
                    byCursors.isEmpty());
        }
        // The child's rows' own lists of all related rows (each order's lines) joined after them: one statement for three levels.
        Level grandchild = child.inlined.level();
        return new Inlined("SELECT r.*, x.*, " + grandchild.aliasedSelectList() + " FROM (" + root + ") r LEFT JOIN LATERAL (" + childSql + ") x ON true"
                + " LEFT JOIN " + joinable(grandchild.from(grandchild.model.from())) + " ON " + grandchild.matchSql + " = x.c"
                + child.inlined.parentKeyColumn() + " ORDER BY " + rootOrder + childOrder + ", "
                + (grandchild.orderSql == null ? grandchild.matchSql : grandchild.orderSql), byCursors.isEmpty());
    }

    /** A FROM as the right side of a LEFT JOIN: parenthesised when it joins tables of its own. */
    private static String joinable(String from) {
        return from.contains(" JOIN ") ? "(" + from + ")" : from;
    }

    /**
     * The root's rows (the first of each {@code rn}), the inlined child's rows (those with a key, once
     * per key; the first of each {@code xn}, or of each cursor when the child is not numbered, when the
     * child has an inlined list of its own) and that list's rows (those with a key, once per child key),
     * each stored at its offset.
     */
    private static void splitInlined(Level level, RowSet<Row> rows, int width, boolean childNumbered, List<Row> roots, Fetched fetched) {
        Level child = level.inlined.level();
        Level.Child grandchild = child.inlined;
        List<Row> children = new ArrayList<>(rows.size());
        List<Row> grandchildren = grandchild == null ? List.of() : new ArrayList<>(rows.size());
        int childBase = width + 1;
        Fetched.Page layout = fetched.layout(child);
        int cursorColumns = layout == null ? 0 : layout.cursorColumns();
        int childCursors = childBase + child.columns.size();
        int childNumber = childCursors + cursorColumns;
        int grandchildBase = childNumbered ? childNumber + 1 : childNumber;
        // Several roots may share the key the child hangs on (orders of one customer): keep its rows once; likewise the grandchild's.
        Set<Object> keysSeen = new java.util.HashSet<>();
        Set<Object> childKeysSeen = new java.util.HashSet<>();
        Object previous = null;
        Object previousChild = null;
        boolean firstOfKey = false;
        boolean firstOfChildKey = false;
        for (Row row : rows) {
            Object rn = row.getValue(width);
            if (!rn.equals(previous)) {
                roots.add(row);
                previous = rn;
                previousChild = null;
                firstOfKey = keysSeen.add(row.getValue(level.inlined.parentKeyColumn()));
            }
            if (!firstOfKey || row.getValue(childBase) == null) {
                continue;
            }
            if (grandchild == null) {
                children.add(row);
                continue;
            }
            Object xn = childNumbered ? row.getValue(childNumber) : cursorOf(row, childCursors, cursorColumns);
            if (!xn.equals(previousChild)) {
                children.add(row);
                previousChild = xn;
                firstOfChildKey = childKeysSeen.add(row.getValue(childBase + grandchild.parentKeyColumn()));
            }
            if (firstOfChildKey && row.getValue(grandchildBase) != null) {
                grandchildren.add(row);
            }
        }
        fetched.nested(child, children, childBase);
        if (grandchild != null) {
            fetched.nested(grandchild.level(), grandchildren, grandchildBase);
        }
    }

    /** A paged row's cursor values (unique within its parent's page: a keyset ends with the row's id). */
    private static Object cursorOf(Row row, int first, int count) {
        if (count == 1) {
            return row.getValue(first);
        }
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(row.getValue(first + i));
        }
        return values;
    }

    /** Fetches every child level of {@code level} (in parallel), then theirs; an inlined child is fetched already. */
    private Future<Void> children(Level level, List<Row> rows, int base, Run run) {
        if (level.children.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Future<?>> all = new ArrayList<>(level.children.size());
        for (Level.Child child : level.children) {
            if (child == level.inlined) {
                Level inlined = child.level();
                List<Row> inlinedRows = new ArrayList<>();
                run.fetched().allNested(inlined).forEach(inlinedRows::addAll);
                all.add(children(inlined, inlinedRows, run.fetched().base(inlined), run));
                continue;
            }
            Set<Object> keys = new LinkedHashSet<>();
            for (Row row : rows) {
                Object key = row.getValue(base + child.parentKeyColumn());
                if (key != null) {
                    keys.add(key);
                }
            }
            all.add(nested(child.level(), keys, run));
        }
        return Future.all(all).mapEmpty();
    }

    private Future<Void> nested(Level level, Set<Object> keys, Run run) {
        Fetched fetched = run.fetched();
        if (keys.isEmpty()) {
            fetched.nested(level, List.of(), 0);
            return children(level, List.of(), 0, run);
        }
        SqlArgs args = new SqlArgs();
        String array = args.add(keys.stream().map(key -> ((Number) key).longValue()).toArray(Long[]::new));
        String sql;
        if (level.kind == Level.Kind.PAGED) {
            try {
                sql = pagedSql(level, run, args, array);
            } catch (RuntimeException e) {
                return Future.failedFuture(e);
            }
        } else if (level.kind == Level.Kind.SCOPED) {
            // Per parent, as the module's reader: its scope, its order, its limit (a LATERAL over the parents' keys).
            sql = ReadRoot.Selection.overParents(array, childRows(level, ReadRoot.Selection.PARENT_KEY, run, args).statement(""));
        } else {
            sql = level.joined(new ReadRoot.Selection(level.model.from(), level.matchSql + " = ANY(" + array + ")",
                    level.orderSql == null ? null : level.matchSql + ", " + level.orderSql, List.of())).statement(level.selectList(), null);
        }
        return query(sql, Tuple.from(args.values()), run).compose(rows -> {
            List<Row> list = new ArrayList<>(rows.size());
            rows.forEach(list::add);
            fetched.nested(level, list, 0);
            return children(level, list, 0, run);
        });
    }

    /** Every parent's page of a nested connection in one LATERAL statement. */
    private String pagedSql(Level level, Run run, SqlArgs args, String keys) {
        return ReadRoot.Selection.overParents(keys, childRows(level, ReadRoot.Selection.PARENT_KEY, run, args).statement(""));
    }

    /**
     * One parent's rows of a scoped or paged list, as its module selects them (its scope, order, and
     * limit: the scoped list's bound, or the page's size plus one), with the level's joins; its columns
     * are the level's ({@code c0…}) and for a page its cursor columns ({@code q0…}).
     */
    private record ChildRows(ReadRoot.Selection rows, String columns, String limit) {

        /** The rows as a statement, {@code extra} columns after the others. */
        String statement(String extra) {
            return rows.statement(columns + extra, limit);
        }
    }

    /** {@link ChildRows} of a scoped or paged level (a page's arguments bound now); records a page's layout. */
    private ChildRows childRows(Level level, String parentKey, Run run, SqlArgs args) {
        if (level.kind == Level.Kind.SCOPED) {
            ReadRoot.Selection rows = level.scoped.rows().select(parentKey, run.scope(), args);
            return new ChildRows(level.joined(rows), level.aliasedSelectList(), Integer.toString(level.scoped.perParent()));
        }
        Map<String, Object> values = ValuesResolver.getArgumentValues(schema.getCodeRegistry(), level.definition.getArguments(),
                level.field.getArguments(), run.variables(), GraphQLContext.getDefault(), Locale.ROOT);
        Arguments arguments = new Arguments(values);
        PageRequest page = PageRequest.of(arguments.integer("first"), arguments.string("after"));
        ReadRoot.Selection rows = level.paged.rows().select(parentKey, arguments, page, run.scope(), args);
        List<String> cursors = new ArrayList<>(rows.cursorSql().size());
        for (int i = 0; i < rows.cursorSql().size(); i++) {
            cursors.add(rows.cursorSql().get(i) + " AS q" + i);
        }
        run.fetched().layout(level, new Fetched.Page(List.of(), level.columns.size(), cursors.size(), page.first(), 0));
        return new ChildRows(level.joined(rows), level.aliasedSelectList() + (cursors.isEmpty() ? "" : ", " + String.join(", ", cursors)),
                Integer.toString(page.fetchSize()));
    }

    /** Runs a statement inside the operation's span, so the client's statement span is its child. */
    private Future<RowSet<Row>> query(String sql, Tuple args, Run run) {
        if (run.trace() == null) {
            return pool.preparedQuery(sql).execute(args);
        }
        try (Scope ignored = run.trace().makeCurrent()) {
            return pool.preparedQuery(sql).execute(args);
        }
    }

    private Optional<Parsed> parsed(String query, String operationName) {
        DocumentKey key = new DocumentKey(query, operationName);
        Optional<Parsed> parsed = documents.get(key);
        if (parsed == null) {
            if (documents.size() >= MAX_DOCUMENTS) {
                documents.clear();
            }
            parsed = parse(query, operationName);
            documents.put(key, parsed);
        }
        return parsed;
    }

    private Optional<Parsed> parse(String query, String operationName) {
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!new Validator().validateDocument(schema, document, Locale.ROOT).isEmpty()) {
            return Optional.empty();
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Optional<OperationDefinition> chosen = operationName == null || operationName.isEmpty()
                ? (operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty())
                : operations.stream().filter(o -> operationName.equals(o.getName())).findFirst();
        if (chosen.isEmpty() || chosen.get().getOperation() != OperationDefinition.Operation.QUERY) {
            return Optional.empty();
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Limits limits = new Limits(fragments);
        limits.walk(chosen.get().getSelectionSet(), 1);
        // Near a limit SmallRye decides (and refuses with its own error): these counts ignore @skip, so they never undercount.
        if (limits.depth >= maxDepth || limits.fields >= maxComplexity) {
            return Optional.empty();
        }
        List<Field> nodeFields = chosen.get().getSelectionSet().getSelectionsOfType(Field.class).stream()
                .filter(field -> field.getName().equals("node")).toList();
        return Optional.of(new Parsed(chosen.get(), fragments, List.copyOf(limits.directiveVariables), nodeFields,
                new ConcurrentHashMap<>(), List.copyOf(QueryCosts.variablesRead(chosen.get(), fragments)), new ConcurrentHashMap<>()));
    }

    /** Depth and field count of an operation with every fragment expanded, and the variables its directives read. */
    private static final class Limits {
        final Map<String, FragmentDefinition> fragments;
        final Set<String> directiveVariables = new LinkedHashSet<>();
        int depth;
        int fields;

        Limits(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        void walk(SelectionSet set, int level) {
            if (level > 64 || fields > 100_000) {
                fields = Integer.MAX_VALUE / 2;
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    directives(field.getDirectives());
                    fields++;
                    depth = Math.max(depth, level);
                    if (field.getSelectionSet() != null) {
                        walk(field.getSelectionSet(), level + 1);
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    directives(spread.getDirectives());
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        directives(fragment.getDirectives());
                        walk(fragment.getSelectionSet(), level);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    directives(inline.getDirectives());
                    walk(inline.getSelectionSet(), level);
                }
            }
        }

        private void directives(List<Directive> directives) {
            for (Directive directive : directives) {
                if (directive.getArgument("if") != null && directive.getArgument("if").getValue() instanceof VariableReference reference) {
                    directiveVariables.add(reference.getName());
                }
            }
        }
    }
}
