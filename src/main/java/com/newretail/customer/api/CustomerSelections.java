package com.newretail.customer.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The members that meet {@link CustomerCriteria}, within a caller's data scope (by home store), merged
 * duplicates left out: counted and sampled here, or selected by id inside another module's statement
 * (a segment snapshot copies them in one {@code INSERT … SELECT}).
 */
@ApplicationScoped
public class CustomerSelections {

    private final Pool pool;

    public CustomerSelections(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** {@code SELECT c.id …} of the members meeting the criteria in the scope, newest first; values go to {@code args}. */
    public static String idsSql(CustomerCriteria criteria, DataScope scope, SqlArgs args) {
        return "SELECT c.id FROM customer c JOIN org_unit s ON s.id = c.home_store_id WHERE c.merged_into_id IS NULL AND ("
                + scope.predicate("s.path", null, args) + ") AND (" + criteria.sql(args) + ")";
    }

    /** {@code SELECT c.id …} of every customer record whose home store is in the scope (merged ones too: what they held stays theirs). */
    public static String visibleIdsSql(DataScope scope, SqlArgs args) {
        return "SELECT c.id FROM customer c JOIN org_unit s ON s.id = c.home_store_id WHERE " + scope.predicate("s.path", null, args);
    }

    /**
     * {@code SELECT id, mobile, name, store_name} of the members {@code customerIdsSql} selects who may get
     * SMS: consent given, not merged into another record. {@code customerIdsSql} yields one column of ids.
     */
    public static String smsContactsSql(String customerIdsSql) {
        return "SELECT c.id, c.mobile, c.name, s.name AS store_name FROM customer c JOIN org_unit s ON s.id = c.home_store_id WHERE c.id IN ("
                + customerIdsSql + ") AND c.sms_consent AND c.merged_into_id IS NULL";
    }

    /** A condition that holds when the member {@code customerIdColumn} names may no longer get SMS (consent withdrawn, or merged). */
    public static String smsConsentWithdrawnSql(String customerIdColumn) {
        return "EXISTS (SELECT 1 FROM customer c WHERE c.id = " + customerIdColumn + " AND (NOT c.sms_consent OR c.merged_into_id IS NOT NULL))";
    }

    /** Those of {@code ids} whose home store is in the scope. */
    public Uni<java.util.Set<Long>> visible(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        String sql = "SELECT c.id FROM customer c JOIN org_unit s ON s.id = c.home_store_id WHERE c.id = ANY(" + args.add(ids.toArray(Long[]::new))
                + ") AND " + scope.predicate("s.path", null, args);
        return PoolQueries.list(pool, sql, args, row -> row.getLong(0)).map(java.util.HashSet::new);
    }

    public Uni<Long> count(CustomerCriteria criteria, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, "SELECT count(*) FROM (" + idsSql(criteria, scope, args) + ") x", args, row -> row.getLong(0))
                .map(rows -> rows.get(0));
    }

    /** Up to {@code size} of the members, newest first. */
    public Uni<List<Long>> sample(CustomerCriteria criteria, DataScope scope, int size) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, idsSql(criteria, scope, args) + " ORDER BY c.id DESC LIMIT " + args.add(size), args, row -> row.getLong(0));
    }
}
