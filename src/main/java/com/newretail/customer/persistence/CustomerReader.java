package com.newretail.customer.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.Like;
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

    public Uni<CustomerRow> byMobile(long companyId, String mobile, DataScope scope, Long callerCompanyId) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT " + CustomerReadModels.CUSTOMER.plainColumns() + " FROM " + CustomerReadModels.FROM + " WHERE c.company_id = " + args.add(companyId)
                + " AND c.mobile = " + args.add(mobile) + " AND " + visible(scope, callerCompanyId, args);
        return query(sql, args).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Customers newest first; optionally of one home store (and below) or matching a name/mobile prefix. */
    public Uni<List<CustomerRow>> page(DataScope scope, Long callerCompanyId, Long homeStoreId, String search, Long beforeId, int limit) {
        SqlArgs args = new SqlArgs();
        StringBuilder sql = new StringBuilder("SELECT " + CustomerReadModels.CUSTOMER.plainColumns() + " FROM " + CustomerReadModels.FROM + " WHERE ")
                .append(visible(scope, callerCompanyId, args));
        if (homeStoreId != null) {
            sql.append(" AND c.home_store_id = ").append(args.add(homeStoreId));
        }
        if (search != null && !search.isBlank()) {
            String prefix = args.add(Like.escape(search.trim()) + "%");
            sql.append(" AND (c.mobile LIKE ").append(prefix).append(" OR c.name ILIKE ").append(prefix).append(")");
        }
        if (beforeId != null) {
            sql.append(" AND c.id < ").append(args.add(beforeId));
        }
        sql.append(" ORDER BY c.id DESC LIMIT ").append(args.add(limit));
        return query(sql.toString(), args);
    }

    private static String visible(DataScope scope, Long callerCompanyId, SqlArgs args) {
        String byStore = scope.predicate("s.path", null, args);
        return callerCompanyId == null ? "(" + byStore + ")" : "(" + byStore + " OR c.company_id = " + args.add(callerCompanyId) + ")";
    }

    private Uni<List<CustomerRow>> query(String sql, SqlArgs args) {
        return PoolQueries.list(pool, sql, args, CustomerReader::customer);
    }

    private static CustomerRow customer(Row row) {
        return new CustomerRow(row.getLong("id"), row.getLong("company_id"), row.getString("mobile"), row.getString("name"),
                row.getLong("home_store_id"), row.getOffsetDateTime("created_at"));
    }
}
