package com.newretail.platform.graphql;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Serves {@link PlainFieldDataFetcher} for every plain property (SmallRye asks services by ascending
 * priority; Quarkus's own is 1). Everything else — resolvers, batches, async fields — stays with
 * Quarkus's data fetchers. Registered in META-INF/services.
 */
public class PlainFieldDataFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PlainFieldDataFetcher<>(field, owner);
    }
}
