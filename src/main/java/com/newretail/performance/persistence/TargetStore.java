package com.newretail.performance.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.DeferredWrites;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of targets, proposals and sales credits, in the current transaction. */
@ApplicationScoped
public class TargetStore {

    /** A target as a change sees it, under its row lock. */
    public record LockedTarget(long id, long orgUnitId, Long staffId, LocalDate month, BigDecimal amount, Integer quantity, String currency,
            int version) {
    }

    /** A proposal as a decision sees it, under its row lock. */
    public record LockedAdjustment(long id, long targetId, String status, BigDecimal amount, Integer quantity, BigDecimal previousAmount,
            String proposedBy, int version) {
    }

    private static final String CREDIT = """
            INSERT INTO sales_credit_daily AS d (business_date, store_id, staff_id, currency, amount, quantity, orders)
            VALUES (?1::date, ?2, ?3::bigint, ?4, ?5, ?6, ?7)
            ON CONFLICT (store_id, business_date, (coalesce(staff_id, 0)))
            DO UPDATE SET amount = d.amount + excluded.amount, quantity = d.quantity + excluded.quantity, orders = d.orders + excluded.orders""";

    private static final String TARGET_COLUMNS = "id, org_unit_id, coalesce(staff_id, 0), month, amount, coalesce(quantity, -1), currency, version ";

    private static final String LOCK_SUBJECT_MONTHS = "SELECT " + TARGET_COLUMNS + """
             FROM sales_target WHERE org_unit_id = ?1 AND staff_id IS NOT DISTINCT FROM ?2::bigint AND month = ANY(?3::date[])
            ORDER BY month FOR UPDATE""";

    private static final String LOCK_TARGET = "SELECT " + TARGET_COLUMNS + " FROM sales_target WHERE id = ?1 FOR UPDATE";

    /** A staff member's target is unique per month whichever store it is at; a unit's per unit and month. */
    private static final String INSERT = """
            INSERT INTO sales_target (org_unit_id, staff_id, month, amount, quantity, currency, origin, updated_by)
            VALUES (?1, ?2::bigint, ?3::date, ?4, ?5::int, ?6, ?7, ?8)
            RETURNING id""";

    private static final String UPDATE = """
            UPDATE sales_target SET amount = ?2, quantity = ?3::int, currency = ?4, origin = ?5, updated_by = ?6, version = version + 1,
                   updated_at = now()
            WHERE id = ?1""";

    private static final String STAFF_TARGET_ELSEWHERE = """
            SELECT count(*) FROM sales_target WHERE staff_id = ?1 AND month = ?2::date AND org_unit_id <> ?3""";

    /** Last year's sales of each unit's subtree (or staff member at the store) in a date range. */
    private static final String UNIT_SALES = """
            SELECT u.id, coalesce((SELECT sum(d.amount) FROM sales_credit_daily d JOIN org_unit ds ON ds.id = d.store_id
                                   WHERE ds.path LIKE u.path || '%' AND d.business_date >= ?2::date AND d.business_date < ?3::date), 0)
            FROM org_unit u WHERE u.id = ANY(?1::bigint[])""";

    private static final String STAFF_SALES = """
            SELECT s.id, coalesce((SELECT sum(d.amount) FROM sales_credit_daily d
                                   WHERE d.store_id = ?4 AND d.staff_id = s.id AND d.business_date >= ?2::date AND d.business_date < ?3::date), 0)
            FROM unnest(?1::bigint[]) AS s(id)""";

    private static final String STAFF_TARGETS_OF_STORE = "SELECT " + TARGET_COLUMNS + """
             FROM sales_target WHERE org_unit_id = ?1 AND staff_id IS NOT NULL AND month = ?2::date ORDER BY id FOR UPDATE""";

    private static final String CHILD_TARGETS = """
            SELECT t.id, t.org_unit_id, coalesce(t.staff_id, 0), t.month, t.amount, coalesce(t.quantity, -1), t.currency, t.version
            FROM sales_target t JOIN org_unit u ON u.id = t.org_unit_id
            WHERE u.parent_id = ?1 AND t.staff_id IS NULL AND t.month = ?2::date ORDER BY t.id FOR UPDATE OF t""";

    private static final String INSERT_ADJUSTMENT = """
            INSERT INTO target_adjustment (target_id, status, amount, quantity, previous_amount, currency, reason, proposed_by)
            VALUES (?1, 'PROPOSED', ?2, ?3::int, ?4, ?5, ?6, ?7)
            ON CONFLICT (target_id) WHERE status = 'PROPOSED' DO NOTHING
            RETURNING id""";

    private static final String LOCK_ADJUSTMENT = """
            SELECT id, target_id, status, amount, coalesce(quantity, -1), previous_amount, proposed_by, version
            FROM target_adjustment WHERE id = ?1 FOR UPDATE""";

    private static final String DECIDE = """
            UPDATE target_adjustment SET status = ?2, decided_by = ?3, decided_at = now(), decision_note = ?4, version = version + 1
            WHERE id = ?1""";

    public Uni<Void> credit(LocalDate day, long storeId, Long staffId, String currency, BigDecimal amount, int units, int orders) {
        return DeferredWrites.write(CREDIT, day, storeId, staffId, currency, amount, units, orders);
    }

    /** The subject's targets in these months, locked. */
    public Uni<List<LockedTarget>> lockSubjectMonths(long orgUnitId, Long staffId, List<LocalDate> months) {
        return NativeSql.rows(LOCK_SUBJECT_MONTHS, orgUnitId, staffId, months.toArray(LocalDate[]::new)).map(TargetStore::targets);
    }

    public Uni<Optional<LockedTarget>> lockTarget(long id) {
        return NativeSql.rows(LOCK_TARGET, id).map(rows -> targets(rows).stream().findFirst());
    }

    /** The targets of the unit's direct children in the month (a store's: its staff's), locked. */
    public Uni<List<LockedTarget>> lockChildTargets(PerformanceReader.Unit parent, boolean staff, LocalDate month) {
        return NativeSql.rows(staff ? STAFF_TARGETS_OF_STORE : CHILD_TARGETS, parent.id(), month).map(TargetStore::targets);
    }

    public Uni<Long> insert(long orgUnitId, Long staffId, LocalDate month, BigDecimal amount, Integer quantity, String currency, String origin,
            String actor) {
        return NativeSql.longValue(INSERT, orgUnitId, staffId, month, amount, quantity, currency, origin, actor);
    }

    public Uni<Void> update(long id, BigDecimal amount, Integer quantity, String currency, String origin, String actor) {
        return NativeSql.update(UPDATE, id, amount, quantity, currency, origin, actor).replaceWithVoid();
    }

    /** True when the staff member already has a target in the month at another store. */
    public Uni<Boolean> staffTargetElsewhere(long staffId, LocalDate month, long storeId) {
        return NativeSql.longValue(STAFF_TARGET_ELSEWHERE, staffId, month, storeId).map(count -> count > 0);
    }

    /** Each unit's subtree sales (or, with a store, each staff member's there) in {@code [from, to)}, in the order asked. */
    public Uni<List<BigDecimal>> sales(List<Long> ids, Long store, LocalDate from, LocalDate to) {
        Uni<List<Object[]>> rows = store == null ? NativeSql.rows(UNIT_SALES, ids.toArray(Long[]::new), from, to)
                : NativeSql.rows(STAFF_SALES, ids.toArray(Long[]::new), from, to, store);
        return rows.map(found -> {
            java.util.Map<Long, BigDecimal> byId = new java.util.HashMap<>();
            found.forEach(row -> byId.put(((Number) row[0]).longValue(), NativeSql.decimal(row[1])));
            return ids.stream().map(id -> byId.getOrDefault(id, BigDecimal.ZERO)).toList();
        });
    }

    /** A new proposal; empty when the target already has an open one. */
    public Uni<Optional<Long>> propose(long targetId, BigDecimal amount, Integer quantity, BigDecimal previous, String currency, String reason,
            String actor) {
        return NativeSql.scalars(INSERT_ADJUSTMENT, Long.class, targetId, amount, quantity, previous, currency, reason, actor)
                .map(ids -> ids.stream().findFirst());
    }

    public Uni<Optional<LockedAdjustment>> lockAdjustment(long id) {
        return NativeSql.rows(LOCK_ADJUSTMENT, id).map(rows -> rows.stream().map(row -> new LockedAdjustment(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], NativeSql.decimal(row[3]), quantity(row[4]), NativeSql.decimal(row[5]),
                (String) row[6], ((Number) row[7]).intValue())).findFirst());
    }

    public Uni<Void> decide(long id, String status, String actor, String note) {
        return NativeSql.update(DECIDE, id, status, actor, note).replaceWithVoid();
    }

    private static List<LockedTarget> targets(List<Object[]> rows) {
        return rows.stream().map(row -> new LockedTarget(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), NativeSql.idOrNull(row[2]),
                date(row[3]), NativeSql.decimal(row[4]), quantity(row[5]), ((String) row[6]).trim(), ((Number) row[7]).intValue())).toList();
    }

    private static Integer quantity(Object value) {
        int quantity = ((Number) value).intValue();
        return quantity < 0 ? null : quantity;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
