package com.newretail.performance.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.performance.domain.BusinessDay;
import com.newretail.performance.domain.Period;
import com.newretail.performance.persistence.PerformanceReadModels;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.Arguments;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/**
 * The performance module's part of the planner: targets, proposals and attainment, and the root
 * fields that list them. {@code targetSuggestions} is computed from history in Java, not read, so it
 * stays with its resolver.
 */
@ApplicationScoped
class PerformanceReads implements ReadModelSource {

    private static final Set<String> TARGET_ALIASES = Set.of("t", "tu");
    private static final Set<String> ADJUSTMENT_ALIASES = Set.of("ta", "t", "tu");
    private static final Set<String> ATTAINMENT_ALIASES = Set.of("a", "s", "m", "tg", "cr", "u", "v", "x", "d", "ds", "p");

    private final BusinessDay businessDay;

    PerformanceReads(BusinessDay businessDay) {
        this.businessDay = businessDay;
    }

    @Override
    public List<ReadModel> readModels() {
        return List.of(PerformanceReadModels.TARGET, PerformanceReadModels.ADJUSTMENT, PerformanceReadModels.ATTAINMENT);
    }

    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(SalesTarget.TYPE, "salesTarget", TARGET_ALIASES,
                (id, scope, args) -> PerformanceReadModels.targetsByIds(List.of(id), scope, args)),
                new NodeRead(TargetAdjustment.TYPE, "targetAdjustment", ADJUSTMENT_ALIASES,
                        (id, scope, args) -> PerformanceReadModels.adjustmentsByIds(List.of(id), scope, args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(
                new ReadRoot("salesTarget", SalesTarget.TYPE, false, TARGET_ALIASES, (arguments, page, scope, args) ->
                        PerformanceReadModels.targetsByIds(List.of(GlobalId.decode(arguments.string("id"), SalesTarget.TYPE)), scope, args)),
                new ReadRoot("salesTargets", SalesTarget.TYPE, true, TARGET_ALIASES, (arguments, page, scope, args) ->
                        PerformanceReadModels.targets(GlobalId.decode(arguments.string("orgUnitId"), OrgUnit.TYPE), period(arguments.string("period")),
                                scope, targetsAfter(page), args)),
                new ReadRoot("targetAdjustment", TargetAdjustment.TYPE, false, ADJUSTMENT_ALIASES, (arguments, page, scope, args) ->
                        PerformanceReadModels.adjustmentsByIds(List.of(GlobalId.decode(arguments.string("id"), TargetAdjustment.TYPE)), scope, args)),
                new ReadRoot("targetAdjustments", TargetAdjustment.TYPE, true, ADJUSTMENT_ALIASES, (arguments, page, scope, args) ->
                        PerformanceReadModels.adjustments(GlobalId.decode(arguments.string("orgUnitId"), OrgUnit.TYPE), arguments.string("status"),
                                scope, page.afterId(), args)),
                new ReadRoot("attainment", "Attainment", false, ATTAINMENT_ALIASES, this::attainment),
                new ReadRoot("unitAttainments", "Attainment", true, ATTAINMENT_ALIASES, (arguments, page, scope, args) ->
                        ranking(PerformanceReadModels.Members.UNITS, arguments.string("parentId"), arguments, page, scope, args)),
                new ReadRoot("staffAttainments", "Attainment", true, ATTAINMENT_ALIASES, (arguments, page, scope, args) ->
                        ranking(PerformanceReadModels.Members.STAFF, arguments.string("storeId"), arguments, page, scope, args)));
    }

    /** As {@code PerformanceGraphQL.attainment}. */
    private ReadRoot.Selection attainment(Arguments arguments, PageRequest page, DataScope scope, SqlArgs args) {
        String staffId = arguments.string("staffId");
        return PerformanceReadModels.attainmentOf(GlobalId.decode(arguments.string("orgUnitId"), OrgUnit.TYPE),
                staffId == null ? null : GlobalId.decode(staffId, Staff.TYPE),
                new PerformanceReadModels.AttainmentPeriod(period(arguments.string("period")), businessDay.today()), scope, args);
    }

    private ReadRoot.Selection ranking(PerformanceReadModels.Members members, String parentId, Arguments arguments, PageRequest page,
            DataScope scope, SqlArgs args) {
        return PerformanceReadModels.ranking(GlobalId.decode(parentId, OrgUnit.TYPE), members,
                new PerformanceReadModels.AttainmentPeriod(period(arguments.string("period")), businessDay.today()), scope, rankingAfter(page), args);
    }

    /** The period argument; an invalid one is refused as an invalid argument. */
    static Period period(String text) {
        return Period.parse(text).orElseThrow(() -> new InvalidArgumentException(
                "'period' must be a month (2027-01), a quarter (2027-Q1) or a year (2027) between 2000 and 2100"));
    }

    /** The month argument of suggestions. */
    static Period month(String text) {
        Period period = period(text);
        if (period.kind() != Period.Kind.MONTH) {
            throw new InvalidArgumentException("'period' must be a month, e.g. 2027-01");
        }
        return period;
    }

    /** Where a page of targets starts: the month and id of the last target of the previous page. */
    static PerformanceReadModels.After targetsAfter(PageRequest page) {
        if (page.after() == null) {
            return PerformanceReadModels.After.START;
        }
        List<String> parts = Cursor.decode(page.after(), 2);
        try {
            java.time.YearMonth.parse(parts.get(0));
            return new PerformanceReadModels.After(parts.get(0), Long.parseLong(parts.get(1)));
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
    }

    /** Where a page of a ranking starts: the rank and key of the last row of the previous page. */
    static PerformanceReadModels.After rankingAfter(PageRequest page) {
        if (page.after() == null) {
            return PerformanceReadModels.After.START;
        }
        List<String> parts = Cursor.decode(page.after(), 2);
        try {
            Integer.parseInt(parts.get(0));
            return new PerformanceReadModels.After(parts.get(0), Long.parseLong(parts.get(1)));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
    }
}
