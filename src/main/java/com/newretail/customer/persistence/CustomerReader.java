package com.newretail.customer.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Read paths of customers. A customer is visible when their home store is inside the caller's scope,
 * or when they belong to the caller's own sales company: a member can shop at any store of the
 * company, so every clerk of the company must be able to find them at checkout.
 */
@ApplicationScoped
public class CustomerReader {

    public record CustomerRow(long id, long companyId, String mobile, String name, long homeStoreId, OffsetDateTime createdAt) {
    }

    private final Pool pool;

    public CustomerReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** Customers by id that the scope sees (see {@link CustomerReadModels#visible}). */
    public Uni<List<CustomerRow>> byIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.byIds(ids, scope, args).statement(CustomerReadModels.CUSTOMER.plainColumns(), null), args);
    }

    /** The customer of a company (the caller's own when null) with this mobile number, if the scope sees them. */
    public Uni<CustomerRow> byMobile(Long companyId, String mobile, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.byMobile(companyId, mobile, scope, args).statement(CustomerReadModels.CUSTOMER.plainColumns(), null), args)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Customers the scope sees, newest first; optionally of one home store or matching a name/mobile prefix. */
    public Uni<List<CustomerRow>> page(DataScope scope, Long homeStoreId, String search, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.customers(scope, homeStoreId, search, beforeId, args)
                .statement(CustomerReadModels.CUSTOMER.plainColumns(), Integer.toString(limit)), args);
    }

    private Uni<List<CustomerRow>> query(String sql, SqlArgs args) {
        return PoolQueries.list(pool, sql, args, CustomerReader::customer);
    }

    private static CustomerRow customer(Row row) {
        return new CustomerRow(row.getLong("id"), row.getLong("company_id"), row.getString("mobile"), row.getString("name"),
                row.getLong("home_store_id"), row.getOffsetDateTime("created_at"));
    }
}
