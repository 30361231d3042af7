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

    /** Off ({@code -Dnewretail.graphql.plain-field-fetcher=false}) only to measure SmallRye's own fetcher against it in bench/. */
    static final String SWITCH = "newretail.graphql.plain-field-fetcher";

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        // null hands the field to the next service, and in the end to SmallRye's FieldDataFetcher
        return Boolean.parseBoolean(System.getProperty(SWITCH, "true")) ? new PlainFieldDataFetcher<>(field, owner) : null;
    }
}
