package com.newretail.customer.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.graphql.Customer;
import com.newretail.customer.persistence.CustomerReader;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** What other modules may ask about customers: their company, and GraphQL views. */
@ApplicationScoped
public class CustomerDirectory {

    private final CustomerReader reader;

    public CustomerDirectory(CustomerReader reader) {
        this.reader = reader;
    }

    /** The sales company of a customer; null when there is no such customer. */
    public Uni<Long> companyOf(long customerId) {
        return reader.byIds(List.of(customerId), DataScope.all()).map(rows -> rows.isEmpty() ? null : rows.get(0).companyId());
    }

    public Uni<Map<Long, Customer>> views(List<Long> customerIds) {
        return customerIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : reader.byIds(customerIds, DataScope.all()).map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> row.id(), Customer::new)));
    }
}
