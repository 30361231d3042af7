package com.newretail.support;

import static com.newretail.support.GraphQLClient.vars;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.newretail.platform.graphql.GlobalId;

import io.restassured.path.json.JsonPath;

/**
 * Every ledger row names the object that wrote it: its {@code source} must be the object its
 * {@code documentId} names, that ID must resolve through {@code node(id:)}, and
 * {@code stockLedger(documentId:)} must find the row again. Returns what went wrong (empty when all is well) and the source types it saw.
 */
public final class LedgerSourceCheck {

    public record Result(List<String> problems, Set<String> sourceTypes) {
    }

    private LedgerSourceCheck() {
    }

    public static Result check(GraphQLClient client, List<Long> warehouseIds) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (long warehouse : warehouseIds) {
            String after = null;
            do {
                JsonPath page = client.runText("query($w: ID, $after: String) { stockLedger(warehouseId: $w, first: 100, after: $after) "
                        + "{ edges { node { documentType documentId source { id __typename } } } pageInfo { hasNextPage endCursor } } }",
                        vars("w", GlobalId.encode("Warehouse", warehouse), "after", after));
                List<Map<String, Object>> rows = page.getList("data.stockLedger.edges.node");
                for (Map<String, Object> row : rows) {
                    if (!"FIXTURE".equals(row.get("documentType"))) { // opening stock written by StockFixtures
                        String documentId = (String) row.get("documentId");
                        sources.putIfAbsent(documentId, (String) row.get("documentType"));
                        Object source = row.get("source");
                        if (!(source instanceof Map<?, ?> node) || !documentId.equals(node.get("id"))) {
                            problems.add(row.get("documentType") + " row's source is " + source + ", not " + documentId);
                        }
                    }
                }
                after = page.getBoolean("data.stockLedger.pageInfo.hasNextPage") ? page.getString("data.stockLedger.pageInfo.endCursor") : null;
            } while (after != null);
        }
        Set<String> types = new TreeSet<>();
        Map<String, Integer> checkedPerKind = new java.util.HashMap<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            if (checkedPerKind.merge(source.getValue(), 1, Integer::sum) > 3) {
                continue; // three sources of each kind prove the mapping; every one would take thousands of calls
            }
            JsonPath node = client.runText("query($id: ID!) { node(id: $id) { id __typename } }", vars("id", source.getKey()));
            if (node.getList("errors") != null || !source.getKey().equals(node.getString("data.node.id"))) {
                problems.add(source.getValue() + " row's documentId " + source.getKey() + " does not resolve: " + node.prettify());
                continue;
            }
            types.add(node.getString("data.node.__typename"));
            JsonPath back = client.runText("query($d: ID) { stockLedger(documentId: $d, first: 1) { edges { node { documentId } } } }",
                    vars("d", source.getKey()));
            if (back.getList("data.stockLedger.edges").isEmpty()) {
                problems.add("stockLedger(documentId: " + source.getKey() + ") finds nothing: " + back.prettify());
            }
        }
        return new Result(problems, types);
    }
}
