package com.newretail.faults;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.sku;
import static com.newretail.support.InventoryCalls.wh;
import static com.newretail.support.OrgFixtures.gid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.newretail.support.GraphQLClient;
import com.newretail.support.RetailFixtures;
import com.newretail.support.StockFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A sustained mix of sales and workbench reads (8 clients without pauses) for
 * {@code newretail.faults.soak} (90 s by default; longer runs: -Dnewretail.faults.soak=10m): no request
 * fails, and the heap after a full GC shows no growth trend once warmed up (the last third of the
 * samples' median within 20 % + 16 MB of the first third's). Prints throughput, p50/p99 and the heap samples.
 */
@QuarkusTest
@Tag("faults")
class SustainedLoadTests {

    private static final int CLIENTS = 8;

    @Inject
    RetailFixtures retail;

    @Inject
    StockFixtures stock;

    @Test
    @TestSecurity(user = "clerk-soak", roles = { "sales-clerk", "store-manager" })
    void aLongMixedLoadHasNoErrorsAndNoHeapGrowth() throws Exception {
        Duration soak = Duration.parse("PT" + System.getProperty("newretail.faults.soak", "90s").toUpperCase());
        RetailFixtures.Shop shop = retail.shop("Soak Co", "clerk-soak");
        List<Long> items = List.of(stock.sku(), stock.sku(), stock.sku());
        for (long item : items) {
            stock.receive(shop.warehouse(), item, 1_000_000);
        }
        GraphQLClient till = GraphQLClient.anonymous();
        String salePost = GraphQLClient.document("retail/salePost");
        String orders = GraphQLClient.document("retail/orders");
        String levels = GraphQLClient.document("inventory/stockLevels");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> heapMb = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong sequence = new AtomicLong();
        long warmUpEnds = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long ends = System.nanoTime() + soak.toNanos();

        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            if (System.nanoTime() > warmUpEnds) {
                memory.gc();
                heapMb.add(memory.getHeapMemoryUsage().getUsed() >> 20);
            }
        }, 5, 5, TimeUnit.SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < ends) {
                    long n = sequence.incrementAndGet();
                    long item = items.get((int) (n % items.size()));
                    long started = System.nanoTime();
                    Response response;
                    String expect;
                    if (n % 5 < 2) {
                        response = till.post(salePost, vars("key", "soak-" + n + "-" + shop.store(), "input", Map.of("storeId", gid(shop.store()),
                                "lines", List.of(Map.of("skuId", sku(item), "quantity", 1)), "tenders", List.of(Map.of("tender", "CASH", "amount", "10.00")))));
                        expect = "data.salePost.order.id";
                    } else if (n % 5 < 4) {
                        response = till.post(orders, vars("where", Map.of("storeId", gid(shop.store()))));
                        expect = "data.orders.edges";
                    } else {
                        response = till.post(levels, vars("warehouseId", wh(shop.warehouse())));
                        expect = "data.stockLevels.edges";
                    }
                    latenciesMicros.add((System.nanoTime() - started) / 1000);
                    JsonPath body = response.statusCode() == 200 ? response.jsonPath() : null;
                    if (body == null || body.get("errors") != null || body.get(expect) == null) {
                        failures.add(response.statusCode() + " " + response.asString());
                    }
                }
            }));
        }
        for (Future<?> client : running) {
            client.get(soak.toSeconds() + 120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        sampler.shutdownNow();

        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2);
        long p99 = sorted.get((int) (sorted.size() * 0.99));
        List<Long> samples = List.copyOf(heapMb);
        System.out.printf("SustainedLoadTests: %d requests in %d s (%.0f/s), %d failed; p50 %.1f ms, p99 %.1f ms; heap after GC (MB): %s%n",
                sorted.size(), soak.toSeconds(), sorted.size() / (double) soak.toSeconds(), failures.size(), p50 / 1000.0, p99 / 1000.0, samples);

        assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " requests failed");
        assertTrue(samples.size() >= 6, "too few heap samples: " + samples);
        // Medians: a single sample taken while a collection was still running (seen: one of 357 MB, 918 MB, 357 MB) is not a trend.
        int third = samples.size() / 3;
        long first = median(samples.subList(0, third));
        long last = median(samples.subList(samples.size() - third, samples.size()));
        assertTrue(last <= first * 1.2 + 16, "the heap after GC grew from " + first + " MB to " + last + " MB: " + samples);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
