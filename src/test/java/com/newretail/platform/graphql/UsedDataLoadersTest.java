package com.newretail.platform.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;

/** Only the loaders a request asked for are dispatched; SmallRye's registry still holds them all. */
class UsedDataLoadersTest {

    private static DataLoader<Integer, Integer> recording(String name, List<String> batches) {
        return DataLoaderFactory.newDataLoader(keys -> {
            batches.add(name + keys);
            return CompletableFuture.completedFuture(keys);
        });
    }

    @Test
    void dispatchesOnlyTheLoadersTheRequestUsed() {
        List<String> batches = new ArrayList<>();
        DataLoaderRegistry smallRyes = new DataLoaderRegistry().register("Order_lines", recording("lines", batches))
                .register("Order_payments", recording("payments", batches));
        ExecutionInput input = UsedDataLoaders.instrumentation().instrumentExecutionInput(
                ExecutionInput.newExecutionInput("{ a }").dataLoaderRegistry(smallRyes).build(), null, null);
        DataLoaderRegistry registry = input.getDataLoaderRegistry();
        // A key waits in a loader no field of the request asked for: a dispatch of the request's loaders leaves it.
        smallRyes.<Integer, Integer>getDataLoader("Order_payments").load(9);

        CompletableFuture<Integer> line = registry.<Integer, Integer>getDataLoader("Order_lines").load(7);
        registry.dispatchAll();

        assertEquals(7, line.join());
        assertEquals(List.of("lines[7]"), batches);
        assertEquals(smallRyes.getKeys(), registry.getKeys());
        smallRyes.dispatchAll();
        assertEquals(List.of("lines[7]", "payments[9]"), batches);
    }
}
