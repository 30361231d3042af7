package com.newretail.performance.persistence;

import java.time.LocalDate;
import java.util.List;

import com.newretail.performance.domain.Period;
import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The read models of sales targets, adjustment proposals and attainment, and which of them a caller
 * sees: a target or proposal by the org unit it is for (a staff member's by their store, and for the
 * SELF scope only their own), attainment by the unit or store asked about.
 */
public final class PerformanceReadModels {

    public static final ReadModel TARGET = ReadModel.of("SalesTarget", "sales_target t", "t.id")
            .id("id")
            .one("orgUnit", "OrgUnit", "t.org_unit_id")
            .one("staff", "Staff", "t.staff_id")
            .scalar("period", "to_char(t.month, 'YYYY-MM')", Codec.STRING)
            .money("amount", "t.amount", "t.currency")
            .scalar("quantity", "t.quantity", Codec.INT)
            .scalar("origin", "t.origin", Codec.ENUM)
            .scalar("version", "t.version", Codec.INT)
            .scalar("updatedBy", "t.updated_by", Codec.STRING)
            .scalar("updatedAt", "t.updated_at", Codec.DATE_TIME)
            .build();

    public static final ReadModel ADJUSTMENT = ReadModel.of("TargetAdjustment", "target_adjustment ta", "ta.id")
            .id("id")
            .one("target", "SalesTarget", "ta.target_id")
            .scalar("status", "ta.status", Codec.ENUM)
            .money("amount", "ta.amount", "ta.currency")
            .scalar("quantity", "ta.quantity", Codec.INT)
            .money("previousAmount", "ta.previous_amount", "ta.currency")
            .scalar("reason", "ta.reason", Codec.STRING)
            .scalar("proposedBy", "ta.proposed_by", Codec.STRING)
            .scalar("proposedAt", "ta.proposed_at", Codec.DATE_TIME)
            .scalar("decidedBy", "ta.decided_by", Codec.STRING)
            .scalar("decidedAt", "ta.decided_at", Codec.DATE_TIME)
            .scalar("decisionNote", "ta.decision_note", Codec.STRING)
            .scalar("version", "ta.version", Codec.INT)
            .build();

    /** Attainment rows come from {@link #attainment}'s derived table {@code a}; nothing loads them by key. */
    public static final ReadModel ATTAINMENT = ReadModel.of("Attainment", "attainment a", "a.key")
            .scalar("period", "a.period", Codec.STRING)
            .scalar("periodStart", "a.period_start", Codec.DATE)
            .scalar("periodEnd", "a.period_end", Codec.DATE)
            .one("orgUnit", "OrgUnit", "a.org_unit_id")
            .one("staff", "Staff", "a.staff_id")
            .money("target", "a.target_amount", "a.currency")
            .scalar("targetQuantity", "a.target_quantity", Codec.INT)
            .money("actual", "a.actual_amount", "a.currency")
            .scalar("actualQuantity", "a.actual_quantity", Codec.INT)
            .scalar("orders", "a.orders", Codec.INT)
            .scalar("attainmentPercent", "a.attainment_percent", Codec.DECIMAL)
            .money("gap", "a.gap_amount", "a.currency")
            .money("forecast", "a.forecast_amount", "a.currency")
            .scalar("daysElapsed", "a.days_elapsed", Codec.INT)
            .scalar("days", "a.days", Codec.INT)
            .scalar("rank", "a.rank", Codec.INT)
            .scalar("peers", "a.peers", Codec.INT)
            .build();

    /** Targets with the org unit they are for (its path decides who sees them). */
    static final String TARGETS_FROM = "sales_target t JOIN org_unit tu ON tu.id = t.org_unit_id";
    static final String ADJUSTMENTS_FROM = "target_adjustment ta JOIN sales_target t ON t.id = ta.target_id JOIN org_unit tu ON tu.id = t.org_unit_id";

    /** The currency of attainment without any target or sale to take it from. */
    static final String DEFAULT_CURRENCY = "CNY";

    /** Where a list page starts: the sort key and id of the last row of the previous page (both null on the first page). */
    public record After(String key, Long id) {
        public static final After START = new After(null, null);
    }

    /** What an attainment list is about: the children of an org unit, or the staff of a store. */
    public enum Members {
        UNITS, STAFF
    }

    /** The period of an attainment question and the business day it is asked on (for the run-rate forecast). */
    public record AttainmentPeriod(Period period, LocalDate today) {
    }

    private PerformanceReadModels() {
    }

    /** Targets by id that the scope sees. */
    public static ReadRoot.Selection targetsByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(TARGETS_FROM, "t.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + targetInScope(scope, args), null,
                List.of());
    }

    /**
     * The targets of a unit for the months of a period: its own, its direct children's and (for a
     * store) its staff's, by month, in the order they were set.
     */
    public static ReadRoot.Selection targets(long orgUnitId, Period period, DataScope scope, After after, SqlArgs args) {
        String unit = args.add(orgUnitId);
        StringBuilder where = new StringBuilder("(t.org_unit_id = ").append(unit).append(" OR (t.staff_id IS NULL AND tu.parent_id = ").append(unit)
                .append(")) AND t.month >= ").append(args.add(period.start())).append(" AND t.month < ").append(args.add(period.endExclusive()))
                .append(" AND ").append(targetInScope(scope, args));
        if (after.id() != null) {
            where.append(" AND (t.month, t.id) > (").append(args.add(LocalDate.parse(after.key() + "-01"))).append(", ").append(args.add(after.id()))
                    .append(")");
        }
        return new ReadRoot.Selection(TARGETS_FROM, where.toString(), "t.month, t.id", List.of("to_char(t.month, 'YYYY-MM')", "t.id"));
    }

    /** Proposals by id that the scope sees. */
    public static ReadRoot.Selection adjustmentsByIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(ADJUSTMENTS_FROM, "ta.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + targetInScope(scope, args),
                null, List.of());
    }

    /** Proposals on targets of a unit's subtree (and its staff), newest first, optionally of one status. */
    public static ReadRoot.Selection adjustments(long orgUnitId, String status, DataScope scope, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder("tu.path LIKE (SELECT path FROM org_unit WHERE id = ").append(args.add(orgUnitId))
                .append(") || '%' AND ").append(targetInScope(scope, args));
        if (status != null) {
            where.append(" AND ta.status = ").append(args.add(status));
        }
        if (afterId != null) {
            where.append(" AND ta.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(ADJUSTMENTS_FROM, where.toString(), "ta.id DESC", List.of("ta.id"));
    }

    /**
     * The attainment of one org unit, or of one staff member at a store, ranked among its peers (the
     * units with the same parent; the staff with a target or a sale at the store in the period). Null
     * row when the unit is outside the scope.
     */
    public static ReadRoot.Selection attainmentOf(long orgUnitId, Long staffId, AttainmentPeriod at, DataScope scope, SqlArgs args) {
        String unit = args.add(orgUnitId);
        if (staffId == null) {
            String members = "SELECT u.id AS key, u.id AS org_unit_id, NULL::bigint AS staff_id, u.path FROM org_unit u WHERE u.parent_id "
                    + "IS NOT DISTINCT FROM (SELECT p.parent_id FROM org_unit p WHERE p.id = " + unit + ")";
            return new ReadRoot.Selection(attainment(members, Members.UNITS, at, args), "a.key = " + unit + " AND "
                    + unitVisible(unit, null, scope, args), null, List.of());
        }
        String staff = args.add(staffId);
        return new ReadRoot.Selection(attainment(storeStaff(unit, staff, at.period(), args), Members.STAFF, at, args),
                "a.key = " + staff + " AND " + unitVisible(unit, staff, scope, args), null, List.of());
    }

    /** The children of a unit (or the staff of a store), best attainment first. */
    public static ReadRoot.Selection ranking(long parentId, Members members, AttainmentPeriod at, DataScope scope, After after, SqlArgs args) {
        String parent = args.add(parentId);
        String rows = members == Members.UNITS
                ? "SELECT u.id AS key, u.id AS org_unit_id, NULL::bigint AS staff_id, u.path FROM org_unit u WHERE u.parent_id = " + parent
                : storeStaff(parent, null, at.period(), args);
        StringBuilder where = new StringBuilder(unitVisible(parent, null, scope, args));
        if (members == Members.STAFF && scope.kind() == com.newretail.platform.scope.DataScopeKind.SELF) {
            where.append(" AND a.staff_id = ").append(args.add(scope.staffId()));
        }
        if (after.id() != null) {
            where.append(" AND (a.rank, a.key) > (").append(args.add(Integer.parseInt(after.key()))).append(", ").append(args.add(after.id()))
                    .append(")");
        }
        return new ReadRoot.Selection(attainment(rows, members, at, args), where.toString(), "a.rank, a.key", List.of("a.rank", "a.key"));
    }

    /** Staff with a target or a sale at the store in the period, and {@code staff} (when not null) in any case. */
    private static String storeStaff(String store, String staff, Period period, SqlArgs args) {
        String start = args.add(period.start());
        String end = args.add(period.endExclusive());
        return "SELECT x.staff_id AS key, " + store + "::bigint AS org_unit_id, x.staff_id, NULL::text AS path FROM ("
                + "SELECT t.staff_id FROM sales_target t WHERE t.org_unit_id = " + store + " AND t.staff_id IS NOT NULL AND t.month >= " + start
                + " AND t.month < " + end
                + " UNION SELECT d.staff_id FROM sales_credit_daily d WHERE d.store_id = " + store + " AND d.staff_id IS NOT NULL"
                + " AND d.business_date >= " + start + " AND d.business_date < " + end
                + (staff == null ? "" : " UNION SELECT " + staff + "::bigint") + ") x";
    }

    /**
     * The derived table {@code a} of attainment for {@code members} (rows of key, org_unit_id,
     * staff_id, path): target and actual summed over the period, attainment %, the gap to the target,
     * the run-rate forecast for the period's end, and the rank among the members by attainment
     * (then by actual sales).
     */
    static String attainment(String members, Members kind, AttainmentPeriod at, SqlArgs args) {
        Period period = at.period();
        String start = args.add(period.start());
        String end = args.add(period.endExclusive());
        int elapsed = period.daysElapsed(at.today());
        String days = args.add(period.days());
        String daysElapsed = args.add(elapsed);
        String targets = kind == Members.UNITS
                ? "t.org_unit_id = m.org_unit_id AND t.staff_id IS NULL"
                : "t.org_unit_id = m.org_unit_id AND t.staff_id = m.staff_id";
        String credits = kind == Members.UNITS
                ? "d.store_id IN (SELECT ds.id FROM org_unit ds WHERE ds.path LIKE m.path || '%')"
                : "d.store_id = m.org_unit_id AND d.staff_id = m.staff_id";
        return "(SELECT s.*, rank() OVER (ORDER BY s.ratio DESC NULLS LAST, s.actual_amount DESC)::int AS rank, (count(*) OVER ())::int AS peers"
                + " FROM (SELECT m.key, m.org_unit_id, m.staff_id, " + args.add(period.label()) + "::text AS period, " + start + "::date AS period_start, "
                + args.add(period.end()) + "::date AS period_end, tg.amount AS target_amount, tg.quantity::int AS target_quantity, "
                + "coalesce(cr.amount, 0.00) AS actual_amount, coalesce(cr.quantity, 0)::int AS actual_quantity, coalesce(cr.orders, 0)::int AS orders, "
                + "coalesce(tg.currency, cr.currency, '" + DEFAULT_CURRENCY + "') AS currency, "
                + "CASE WHEN tg.amount > 0 THEN round(coalesce(cr.amount, 0.00) * 100 / tg.amount, 1) END AS attainment_percent, "
                + "greatest(tg.amount - coalesce(cr.amount, 0.00), 0) AS gap_amount, "
                + "CASE WHEN " + daysElapsed + "::int = 0 THEN 0.00 WHEN " + daysElapsed + "::int >= " + days + "::int THEN coalesce(cr.amount, 0.00) "
                + "ELSE round(coalesce(cr.amount, 0.00) * " + days + "::int / " + daysElapsed + "::int, 2) END AS forecast_amount, "
                + daysElapsed + "::int AS days_elapsed, " + days + "::int AS days, "
                + "CASE WHEN tg.amount > 0 THEN coalesce(cr.amount, 0.00) / tg.amount END AS ratio"
                + " FROM (" + members + ") m"
                + " LEFT JOIN LATERAL (SELECT sum(t.amount) AS amount, sum(t.quantity) AS quantity, min(t.currency) AS currency FROM sales_target t"
                + " WHERE " + targets + " AND t.month >= " + start + " AND t.month < " + end + " HAVING count(*) > 0) tg ON true"
                + " LEFT JOIN LATERAL (SELECT sum(d.amount) AS amount, sum(d.quantity) AS quantity, sum(d.orders) AS orders, min(d.currency) AS currency"
                + " FROM sales_credit_daily d WHERE " + credits + " AND d.business_date >= " + start + " AND d.business_date < " + end + ") cr ON true"
                + ") s) a";
    }

    /** The unit exists and the scope sees it (for SELF: the caller's own attainment at their unit). */
    private static String unitVisible(String unit, String staff, DataScope scope, SqlArgs args) {
        return "EXISTS (SELECT 1 FROM org_unit v WHERE v.id = " + unit + " AND (" + scope.predicate("v.path", staff, args) + "))";
    }

    /** A target or proposal is in a scope when the org unit it is for is (SELF: only the caller's own staff target). */
    static String targetInScope(DataScope scope, SqlArgs args) {
        return "(" + scope.predicate("tu.path", "t.staff_id", args) + ")";
    }
}
