package com.newretail.performance.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.performance.domain.Period;
import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Read paths of targets, proposals, attainment and sales history, through the statements of {@link PerformanceReadModels}. */
@ApplicationScoped
public class PerformanceReader {

    public record TargetRow(long id, long orgUnitId, Long staffId, LocalDate month, BigDecimal amount, Integer quantity, String currency,
            String origin, int version, String updatedBy, OffsetDateTime updatedAt) {
    }

    public record AdjustmentRow(long id, long targetId, String status, BigDecimal amount, Integer quantity, BigDecimal previousAmount,
            String currency, String reason, String proposedBy, OffsetDateTime proposedAt, String decidedBy, OffsetDateTime decidedAt,
            String decisionNote, int version) {
    }

    public record AttainmentRow(long key, String period, LocalDate periodStart, LocalDate periodEnd, long orgUnitId, Long staffId,
            BigDecimal targetAmount, Integer targetQuantity, BigDecimal actualAmount, int actualQuantity, int orders, String currency,
            BigDecimal attainmentPercent, BigDecimal gapAmount, BigDecimal forecastAmount, int daysElapsed, int days, int rank, int peers) {
    }

    /** Where an org unit sits in the tree. */
    public record Unit(long id, String type, Long parentId, String path) {
    }

    private static final String UNIT_COLUMNS = "SELECT u.id, u.type, u.parent_id, u.path FROM org_unit u WHERE ";

    private static final String TARGET_COLUMNS = PerformanceReadModels.TARGET.plainColumns() + ", t.month";

    private final Pool pool;

    public PerformanceReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<TargetRow>> targetsByIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, PerformanceReadModels.targetsByIds(ids, scope, args).statement(TARGET_COLUMNS, null), args,
                PerformanceReader::target);
    }

    public Uni<List<TargetRow>> targets(long orgUnitId, Period period, DataScope scope, PerformanceReadModels.After after, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, PerformanceReadModels.targets(orgUnitId, period, scope, after, args)
                .statement(TARGET_COLUMNS, Integer.toString(limit)), args, PerformanceReader::target);
    }

    public Uni<List<AdjustmentRow>> adjustmentsByIds(List<Long> ids, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, PerformanceReadModels.adjustmentsByIds(ids, scope, args)
                .statement(PerformanceReadModels.ADJUSTMENT.plainColumns(), null), args, PerformanceReader::adjustment);
    }

    public Uni<List<AdjustmentRow>> adjustments(long orgUnitId, String status, DataScope scope, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, PerformanceReadModels.adjustments(orgUnitId, status, scope, afterId, args)
                .statement(PerformanceReadModels.ADJUSTMENT.plainColumns(), Integer.toString(limit)), args, PerformanceReader::adjustment);
    }

    /** One unit's (or one staff member's at a store) attainment; null when the scope does not see the unit. */
    public Uni<AttainmentRow> attainmentOf(long orgUnitId, Long staffId, PerformanceReadModels.AttainmentPeriod at, DataScope scope) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, PerformanceReadModels.attainmentOf(orgUnitId, staffId, at, scope, args)
                .statement(PerformanceReadModels.ATTAINMENT.plainColumns(), null), args, PerformanceReader::attainment)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    public Uni<List<AttainmentRow>> ranking(long parentId, PerformanceReadModels.Members members, PerformanceReadModels.AttainmentPeriod at,
            DataScope scope, PerformanceReadModels.After after, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, PerformanceReadModels.ranking(parentId, members, at, scope, after, args)
                .statement(PerformanceReadModels.ATTAINMENT.plainColumns(), Integer.toString(limit)), args, PerformanceReader::attainment);
    }

    /**
     * The targets of units (staffIds false) or staff members (true) over {@code [from, to]}: each month's
     * amount times the share of its days inside the range, by unit or staff id; absent without a target.
     */
    public Uni<Map<Long, BigDecimal>> proratedTargets(List<Long> ids, boolean staff, LocalDate from, LocalDate to) {
        SqlArgs args = new SqlArgs();
        String key = staff ? "t.staff_id" : "t.org_unit_id";
        String fromArg = args.add(from);
        String toArg = args.add(to);
        String sql = "SELECT " + key + ", round(sum(t.amount * (least(" + toArg + ", (t.month + interval '1 month' - interval '1 day')::date) - greatest("
                + fromArg + ", t.month) + 1) / ((t.month + interval '1 month')::date - t.month)), 2) FROM sales_target t WHERE "
                + key + " = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND t.staff_id IS " + (staff ? "NOT NULL" : "NULL")
                + " AND t.month <= " + toArg + " AND t.month + interval '1 month' > " + fromArg + " GROUP BY 1";
        return PoolQueries.list(pool, sql, args, row -> Map.entry(row.getLong(0), row.getBigDecimal(1)))
                .map(rows -> { Map<Long, BigDecimal> byId = new HashMap<>(); rows.forEach(e -> byId.put(e.getKey(), e.getValue())); return byId; });
    }

    public Uni<Unit> unit(long id) {
        SqlArgs args = new SqlArgs();
        String sql = UNIT_COLUMNS + "u.id = " + args.add(id);
        return PoolQueries.list(pool, sql, args, PerformanceReader::unit).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The unit's direct children, by name. */
    public Uni<List<Unit>> children(long id) {
        SqlArgs args = new SqlArgs();
        String sql = UNIT_COLUMNS + "u.parent_id = " + args.add(id) + " ORDER BY u.name, u.id";
        return PoolQueries.list(pool, sql, args, PerformanceReader::unit);
    }

    /**
     * Net sales per business day in {@code [from, to)} of each child unit's subtree, or (with a store) of
     * each staff member there, in one statement: by child key, days without sales absent.
     */
    public Uni<Map<Long, Map<LocalDate, BigDecimal>>> dailySales(List<Long> keys, Long store, LocalDate from, LocalDate to) {
        SqlArgs args = new SqlArgs();
        String ids = args.add(keys.toArray(Long[]::new));
        String sql = store == null
                ? "SELECT u.id, d.business_date, sum(d.amount) FROM org_unit u JOIN org_unit ds ON ds.path LIKE u.path || '%' "
                        + "JOIN sales_credit_daily d ON d.store_id = ds.id WHERE u.id = ANY(" + ids + ")"
                : "SELECT d.staff_id, d.business_date, sum(d.amount) FROM sales_credit_daily d WHERE d.store_id = " + args.add(store)
                        + " AND d.staff_id = ANY(" + ids + ")";
        sql += " AND d.business_date >= " + args.add(from) + " AND d.business_date < " + args.add(to) + " GROUP BY 1, 2";
        return PoolQueries.list(pool, sql, args, row -> new Object[] {row.getLong(0), row.getLocalDate(1), row.getBigDecimal(2)}).map(rows -> {
            Map<Long, Map<LocalDate, BigDecimal>> byKey = new HashMap<>();
            keys.forEach(key -> byKey.put(key, new TreeMap<>()));
            rows.forEach(row -> byKey.get((Long) row[0]).put((LocalDate) row[1], (BigDecimal) row[2]));
            return byKey;
        });
    }

    private static Unit unit(Row row) {
        return new Unit(row.getLong(0), row.getString(1), row.getLong(2), row.getString(3));
    }

    private static TargetRow target(Row row) {
        return new TargetRow(row.getLong("id"), row.getLong("org_unit_id"), row.getLong("staff_id"), row.getLocalDate("month"),
                row.getBigDecimal("amount"), row.getInteger("quantity"), row.getString("currency"), row.getString("origin"), row.getInteger("version"),
                row.getString("updated_by"), row.getOffsetDateTime("updated_at"));
    }

    private static AdjustmentRow adjustment(Row row) {
        return new AdjustmentRow(row.getLong("id"), row.getLong("target_id"), row.getString("status"), row.getBigDecimal("amount"),
                row.getInteger("quantity"), row.getBigDecimal("previous_amount"), row.getString("currency"), row.getString("reason"),
                row.getString("proposed_by"), row.getOffsetDateTime("proposed_at"), row.getString("decided_by"), row.getOffsetDateTime("decided_at"),
                row.getString("decision_note"), row.getInteger("version"));
    }

    private static AttainmentRow attainment(Row row) {
        return new AttainmentRow(row.getLong("key"), row.getString("period"), row.getLocalDate("period_start"), row.getLocalDate("period_end"),
                row.getLong("org_unit_id"), row.getLong("staff_id"), row.getBigDecimal("target_amount"), row.getInteger("target_quantity"),
                row.getBigDecimal("actual_amount"), row.getInteger("actual_quantity"), row.getInteger("orders"), row.getString("currency"),
                row.getBigDecimal("attainment_percent"), row.getBigDecimal("gap_amount"), row.getBigDecimal("forecast_amount"),
                row.getInteger("days_elapsed"), row.getInteger("days"), row.getInteger("rank"), row.getInteger("peers"));
    }
}
