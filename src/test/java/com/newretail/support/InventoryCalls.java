package com.newretail.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.newretail.platform.graphql.GlobalId;

/** Building blocks of inventory test calls: IDs, lines, documents, and running calls concurrently. */
public final class InventoryCalls {

    private InventoryCalls() {
    }

    public static String sku(long id) {
        return GlobalId.encode("Sku", id);
    }

    public static String wh(long id) {
        return GlobalId.encode("Warehouse", id);
    }

    /** Lines from alternating SKU global IDs and quantities. */
    public static List<Map<String, Object>> lines(Object... skuAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(Map.of("skuId", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        return lines;
    }

    /** A StockDocumentInput; reason may be null. */
    public static Map<String, Object> document(long warehouse, String reason, Object... skuAndQuantity) {
        Map<String, Object> input = new HashMap<>();
        input.put("warehouseId", wh(warehouse));
        input.put("lines", lines(skuAndQuantity));
        if (reason != null) {
            input.put("reason", reason);
        }
        return input;
    }

    /** Asserts a mutation ran without GraphQL errors or userErrors; returns the result for further checks. */
    public static io.restassured.path.json.JsonPath ok(io.restassured.path.json.JsonPath result, String mutation) {
        org.hamcrest.MatcherAssert.assertThat(result.prettify(), result.getList("errors"), org.hamcrest.Matchers.nullValue());
        org.hamcrest.MatcherAssert.assertThat(result.prettify(), result.getList("data." + mutation + ".userErrors"),
                org.hamcrest.Matchers.empty());
        return result;
    }

    public static <T> List<T> concurrently(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(calls, 5, TimeUnit.MINUTES);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
