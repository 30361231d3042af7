package com.newretail.retail.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.scope.DataScope;
import com.newretail.retail.graphql.Order;
import com.newretail.retail.persistence.RetailReader;

import io.smallrye.mutiny.Uni;

/** GraphQL views of orders, for fields of other modules' types (one statement for all ids). */
@ApplicationScoped
public class OrderViews {

    private final RetailReader reader;

    public OrderViews(RetailReader reader) {
        this.reader = reader;
    }

    public Uni<Map<Long, Order>> views(List<Long> orderIds) {
        return orderIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : reader.orders(orderIds, DataScope.all()).map(rows -> rows.stream().collect(Collectors.toMap(row -> row.id(), Order::new)));
    }
}
