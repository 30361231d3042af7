package com.newretail.platform.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** Requested and actual costs on a small schema shaped like ours (connections, bounded lists, money objects). */
class QueryCostsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { products(first: Int, after: String): ProductConnection! product(id: ID!): Product
                         top(first: Int = 5): [Product!]! me: String }
            type Mutation { productCreate(name: String!): ProductPayload! }
            type ProductPayload { product: Product userErrors: [UserError!]! }
            type UserError { code: String message: String }
            type ProductConnection { edges: [ProductEdge!]! pageInfo: PageInfo! }
            type ProductEdge { cursor: String! node: Product! }
            type PageInfo { hasNextPage: Boolean! }
            type Product { id: ID! name: String! price: Money! skus: [Sku!]! }
            type Sku { code: String! stockLevels: [StockLevel!]! }
            type StockLevel { onHand: Int! }
            type Money { amount: String! }
            """), RuntimeWiring.newRuntimeWiring().build());

    private final QueryCosts costs = new QueryCosts(10, 10, Map.of("Product.skus", 20));

    private int requested(String query, Map<String, Object> variables) {
        Document document = new Parser().parseDocument(query);
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return costs.requested(SCHEMA, document.getDefinitionsOfType(OperationDefinition.class).get(0), fragments, variables);
    }

    @Test
    void theVariablesACostCanDependOnAreThoseOfFirstAndOfSkipOrIncludeWhereverTheyAre() {
        String query = """
                query($n: Int, $m: Int, $id: ID!, $full: Boolean!, $hide: Boolean!, $name: String) {
                  product(id: $id) { name @include(if: $full) ...More }
                  products(first: $n, after: $name) { edges { node { ... on Product @skip(if: $hide) { id } } } }
                }
                fragment More on Product { skus { code } } fragment Unused on Product { id }
                query Other($k: Int) { top(first: $k) { id } }
                """;
        Document document = new Parser().parseDocument(query);
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);

        assertEquals(List.of("full", "n", "hide"), List.copyOf(QueryCosts.variablesRead(operation, fragments)));
    }

    @Test
    void scalarsAreFreeAndEachObjectCostsOne() {
        assertEquals(0, requested("{ me }", Map.of()));
        assertEquals(2, requested("{ product(id: 1) { id name price { amount } __typename } }", Map.of()));
    }

    @Test
    void aConnectionMultipliesItsEdgesByFirstGivenByLiteralVariableOrDefault() {
        // 1 connection + first × (1 edge + 1 node + 1 money) + 1 pageInfo
        assertEquals(1 + 50 * 3 + 1, requested("{ products(first: 50) { edges { node { price { amount } } } pageInfo { hasNextPage } } }", Map.of()));
        assertEquals(1 + 7 * 2, requested("query($n: Int) { products(first: $n) { edges { node { id } } } }", Map.of("n", 7)));
        assertEquals(1 + 20 * 2, requested("{ products { edges { node { id } } } }", Map.of()), "no first: the default page of 20");
        assertEquals(5, requested("{ top { id } }", Map.of()), "a list's declared default for first");
    }

    @Test
    void listsWithoutFirstUseTheirDeclaredBoundAndNestMultiplicatively() {
        // products(first: 100) { skus (bound 20) { stockLevels (default bound 10) } }
        int one = 1 + 100 * (2 + 20 * (1 + 10));
        assertEquals(one, requested("{ products(first: 100) { edges { node { skus { stockLevels { onHand } } } } } }", Map.of()));
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 90; i++) {
            aliases.append(" a").append(i).append(": products(first: 100) { edges { node { skus { stockLevels { onHand } } } } }");
        }
        assertEquals(90 * one, requested(aliases.append(" }").toString(), Map.of()));
    }

    @Test
    void fragmentsCountAndSkippedSelectionsDoNot() {
        String query = "query($skip: Boolean!) { product(id: 1) { ...p price @skip(if: $skip) { amount } } } fragment p on Product { skus { code } }";
        assertEquals(1 + 20 + 1, requested(query, Map.of("skip", false)));
        assertEquals(1 + 20, requested(query, Map.of("skip", true)));
        assertEquals(1, requested("{ product(id: 1) { ... on Product { price @include(if: false) { amount } } id } }", Map.of()));
    }

    @Test
    void mutationsAddTheirWritesPerRootField() {
        assertEquals(10 + 1 + 1 + 10, requested("mutation { productCreate(name: \"x\") { product { id } userErrors { code } } }", Map.of()));
    }

    @Test
    void hugeCostsSaturateInsteadOfOverflowing() {
        String query = "{ products(first: 2000000000) { edges { node { skus { stockLevels { onHand } } } } } }";
        assertEquals(Integer.MAX_VALUE, requested(query, Map.of()));
        String nested = "{ products(first: 2000000000) { edges { node { skus { stockLevels { onHand } } } } } "
                + "b: products(first: 2000000000) { edges { node { skus { stockLevels { onHand } } } } } }";
        assertEquals(Integer.MAX_VALUE, requested(nested, Map.of()));
    }

    @Test
    void theActualCostIsTheObjectsTheDataHolds() {
        Map<String, Object> data = Map.of("products", Map.of("edges", List.of(
                Map.of("node", Map.of("id", "1", "price", Map.of("amount", "1.00"))),
                Map.of("node", Map.of("id", "2", "price", Map.of("amount", "2.00")))), "pageInfo", Map.of("hasNextPage", false)));
        assertEquals(1 + 2 * 3 + 1, costs.actual(data, false));
        assertEquals(0, costs.actual(null, false));
        assertEquals(2 + 10, costs.actual(Map.of("productCreate", Map.of("product", Map.of("id", "1"), "userErrors", List.of())), true));
    }
}
