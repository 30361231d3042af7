package com.newretail.retail.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Members' paid orders per store in a window, for reports of other modules. */
@ApplicationScoped
public class MemberSalesReader {

    /** One member's paid orders at one store. */
    public record SaleRow(long customerId, long storeId, int orders, BigDecimal revenue) {
    }

    private static final String SALES = """
            SELECT customer_id, store_id, count(*) AS orders, sum(total) AS revenue FROM retail_order
            WHERE customer_id = ANY($1) AND created_at >= $2 AND created_at < $3 AND status IN ('PAID', 'FULFILLED', 'COMPLETED')
            GROUP BY customer_id, store_id""";

    private final Pool pool;

    public MemberSalesReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SaleRow>> sales(List<Long> customerIds, OffsetDateTime from, OffsetDateTime to) {
        return PoolQueries.list(pool, SALES, Tuple.of(customerIds.toArray(Long[]::new), from, to), row -> new SaleRow(row.getLong("customer_id"),
                row.getLong("store_id"), row.getLong("orders").intValue(), SqlNumbers.decimal(row, "revenue")));
    }
}
