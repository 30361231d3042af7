package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.quarkus.test.junit.QuarkusTest;

/**
 * SmallRye asks the data-fetcher services for a fresh batch loader of every batched field on every
 * request, used or not (43 fields: 7 % of a sale's CPU went into reflective method look-ups). A
 * field's loader is stateless, so the same operation gets the same loader.
 */
@QuarkusTest
class BatchLoaderReuseTests {

    @Test
    void aGuardedBatchFieldGetsTheSameLoaderOnEveryRequest() throws Exception {
        Schema model = servedModel();
        Type customer = model.getTypes().get("Customer");
        Operation homeStore = customer.getBatchOperations().get("homeStore");
        assertNotNull(homeStore, "Customer.homeStore is a batched field reaching a guarded type (OrgUnit)");

        DataFetcherFactory factory = new DataFetcherFactory();
        Object first = factory.getSourceBatchLoader(homeStore, customer);
        Object second = factory.getSourceBatchLoader(homeStore, customer);

        assertSame(first, second);
    }

    @Test
    void everyBatchFieldGetsTheSameLoaderOnEveryRequest() throws Exception {
        Schema model = servedModel();
        DataFetcherFactory factory = new DataFetcherFactory();
        int batched = 0;
        for (Type type : model.getTypes().values()) {
            for (Operation operation : type.getBatchOperations().values()) {
                assertSame(factory.getSourceBatchLoader(operation, type), factory.getSourceBatchLoader(operation, type),
                        type.getName() + "." + operation.getName());
                batched++;
            }
        }
        assertTrue(batched > 40, "batched fields: " + batched);
    }

    /** The schema model SmallRye bootstrapped (no public accessor; read for this test only). */
    private static Schema servedModel() throws ReflectiveOperationException {
        GraphQLProducer producer = ClientProxy.unwrap(Arc.container().instance(GraphQLProducer.class).get());
        Field field = GraphQLProducer.class.getDeclaredField("schema");
        field.setAccessible(true);
        return (Schema) field.get(producer);
    }
}
