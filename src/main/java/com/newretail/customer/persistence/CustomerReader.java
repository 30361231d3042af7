package com.newretail.customer.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of customers, their tags and notes, through the statements of {@link CustomerReadModels}. */
@ApplicationScoped
public class CustomerReader {

    public record CustomerRow(long id, long companyId, String mobile, String name, String gender, LocalDate birthday, String level, Long guideId,
            boolean smsConsent, OffsetDateTime smsConsentAt, Long smsConsentStoreId, BigDecimal lifetimeSpend, String currency, int orderCount,
            OffsetDateTime firstPurchaseAt, OffsetDateTime lastPurchaseAt, Integer rfmRecency, Integer rfmFrequency, Integer rfmMonetary,
            OffsetDateTime rfmScoredAt, int version, long homeStoreId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    public record CategoryRow(long customerId, long categoryId, BigDecimal spend, String currency, int units, OffsetDateTime lastBoughtAt) {
    }

    public record TagRow(long customerId, String name, String kind, OffsetDateTime createdAt) {
    }

    public record NoteRow(long customerId, String body, LocalDate followUpOn, String author, OffsetDateTime createdAt) {
    }

    private final Pool pool;

    public CustomerReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    /** Customers by id that the scope sees. */
    public Uni<List<CustomerRow>> byIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.byIds(ids, scope, args).statement(CustomerReadModels.CUSTOMER.plainColumns(), null), args);
    }

    /** The customer with this id, or the one it was merged into, if the scope sees them. */
    public Uni<CustomerRow> followingMerges(long id, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.byIdFollowingMerges(id, scope, args).statement(CustomerReadModels.CUSTOMER.plainColumns(), null), args)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The customer of a company (the caller's own when null) with this mobile number, if the scope sees them. */
    public Uni<CustomerRow> byMobile(Long companyId, String mobile, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.byMobile(companyId, mobile, scope, args).statement(CustomerReadModels.CUSTOMER.plainColumns(), null), args)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Customers the scope sees, filtered, in the sort's order after {@code after}. */
    public Uni<List<CustomerRow>> page(DataScope scope, CustomerReadModels.Filter filter, CustomerReadModels.Sort sort,
            CustomerReadModels.After after, int limit) {
        SqlArgs args = new SqlArgs();
        return query(CustomerReadModels.customers(scope, filter, sort, after, args)
                .statement(CustomerReadModels.CUSTOMER.plainColumns(), Integer.toString(limit)), args);
    }

    /** A customer a reassignment may move: its id and company. */
    public record Movable(long id, long companyId) {
    }

    /** Unmerged customers the scope sees, by id or by current guide, at most {@code limit}. */
    public Uni<List<Movable>> reassignable(DataScope scope, List<Long> ids, Long guideId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, CustomerReadModels.reassignable(scope, ids, guideId, args).statement("c.id, c.company_id",
                Integer.toString(limit)), args, row -> new Movable(row.getLong(0), row.getLong(1)));
    }

    /** The tags of these customers by name, grouped by customer. */
    public Uni<Map<Long, List<TagRow>>> tags(List<Long> customerIds) {
        SqlArgs args = new SqlArgs();
        String ids = args.add(customerIds.toArray(Long[]::new));
        return PoolQueries.list(pool, CustomerReadModels.tagsOf(ids), args, row -> new TagRow(row.getLong("customer_id"), row.getString("name"),
                row.getString("kind"), row.getOffsetDateTime("created_at")))
                .map(rows -> rows.stream().collect(Collectors.groupingBy(TagRow::customerId)));
    }

    /** The favourite categories of these customers, grouped by customer, in order. */
    public Uni<Map<Long, List<CategoryRow>>> favouriteCategories(List<Long> customerIds) {
        SqlArgs args = new SqlArgs();
        String keys = args.add(customerIds.toArray(Long[]::new));
        String sql = CustomerReadModels.favouriteCategories(ReadRoot.Selection.PARENT_KEY).perParent(keys,
                "cc.customer_id, cc.category_id, cc.spend, cc.currency, cc.units, cc.last_bought_at",
                Integer.toString(CustomerReadModels.FAVOURITE_CATEGORIES));
        return PoolQueries.list(pool, sql, args, row -> new CategoryRow(row.getLong("customer_id"), row.getLong("category_id"),
                row.getBigDecimal("spend"), row.getString("currency"), row.getInteger("units"), row.getOffsetDateTime("last_bought_at")))
                .map(rows -> rows.stream().collect(Collectors.groupingBy(CategoryRow::customerId)));
    }

    /** The notes of these customers newest first, grouped by customer. */
    public Uni<Map<Long, List<NoteRow>>> notes(List<Long> customerIds) {
        SqlArgs args = new SqlArgs();
        String ids = args.add(customerIds.toArray(Long[]::new));
        return PoolQueries.list(pool, CustomerReadModels.notesOf(ids), args, row -> new NoteRow(row.getLong("customer_id"), row.getString("body"),
                row.getLocalDate("follow_up_on"), row.getString("author"), row.getOffsetDateTime("created_at")))
                .map(rows -> rows.stream().collect(Collectors.groupingBy(NoteRow::customerId)));
    }

    private Uni<List<CustomerRow>> query(String sql, SqlArgs args) {
        return PoolQueries.list(pool, sql, args, CustomerReader::customer);
    }

    private static CustomerRow customer(Row row) {
        return new CustomerRow(row.getLong("id"), row.getLong("company_id"), row.getString("mobile"), row.getString("name"),
                row.getString("gender"), row.getLocalDate("birthday"), row.getString("level"), row.getLong("guide_id"),
                row.getBoolean("sms_consent"), row.getOffsetDateTime("sms_consent_at"), row.getLong("sms_consent_store_id"),
                row.getBigDecimal("lifetime_spend"), row.getString("currency"), row.getInteger("order_count"),
                row.getOffsetDateTime("first_purchase_at"), row.getOffsetDateTime("last_purchase_at"), row.getInteger("rfm_recency"),
                row.getInteger("rfm_frequency"), row.getInteger("rfm_monetary"), row.getOffsetDateTime("rfm_scored_at"), row.getInteger("version"),
                row.getLong("home_store_id"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }
}
