package com.newretail.performance.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.organization.graphql.Me;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.performance.domain.BusinessDay;
import com.newretail.performance.domain.Period;
import com.newretail.performance.domain.TargetAdjustmentStatus;
import com.newretail.performance.domain.TargetErrorCode;
import com.newretail.performance.domain.TargetService;
import com.newretail.performance.domain.TargetSuggestions;
import com.newretail.performance.persistence.PerformanceReadModels;
import com.newretail.performance.persistence.PerformanceReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Sales targets and performance: targets set top-down and adjusted bottom-up, attainment for each
 * level's own subtree, and suggested targets from history.
 */
@GraphQLApi
public class PerformanceGraphQL {

    private static final String PERIOD = "A month (\"2027-01\"), quarter (\"2027-Q1\") or year (\"2027\").";

    private final PerformanceReader reader;
    private final TargetService service;
    private final TargetSuggestions suggestions;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final StaffDirectory staff;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final BusinessDay businessDay;

    public PerformanceGraphQL(PerformanceReader reader, TargetService service, TargetSuggestions suggestions, CallerScope callerScope,
            OrgUnitViews orgUnits, StaffDirectory staff, MutationFrame frame, SecurityIdentity identity, BusinessDay businessDay) {
        this.reader = reader;
        this.service = service;
        this.suggestions = suggestions;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.frame = frame;
        this.identity = identity;
        this.businessDay = businessDay;
    }

    @Query("salesTarget")
    @RolesAllowed("${newretail.rules.salesTarget}")
    @Description("A month's target; null when it does not exist or is outside your data scope.")
    public Uni<SalesTarget> salesTarget(@Name("id") @Id @NonNull @Description("The target.") String id) {
        long targetId = GlobalId.decode(id, SalesTarget.TYPE);
        return callerScope.current().chain(scope -> reader.targetsByIds(List.of(targetId), scope))
                .map(rows -> rows.isEmpty() ? null : new SalesTarget(rows.get(0)));
    }

    @Query("salesTargets")
    @RolesAllowed("${newretail.rules.salesTargets}")
    @Description("The monthly targets of an org unit in a period: its own, its direct children's and (for a store) its staff's, by month "
            + "in the order they were set. Empty when the unit is outside your data scope.")
    public Uni<@NonNull SalesTargetConnection> salesTargets(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit.") String orgUnitId,
            @Name("period") @NonNull @Description(PERIOD) String period,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Period parsed = PerformanceReads.period(period);
        PerformanceReadModels.After position = PerformanceReads.targetsAfter(page);
        return callerScope.current().chain(scope -> reader.targets(unit, parsed, scope, position, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(java.time.YearMonth.from(row.month()).toString(), row.id()),
                        (row, cursor) -> new SalesTargetConnection.Edge(new SalesTarget(row), cursor), SalesTargetConnection::new));
    }

    @Query("targetAdjustment")
    @RolesAllowed("${newretail.rules.targetAdjustment}")
    @Description("A proposed target adjustment; null when it does not exist or its target is outside your data scope.")
    public Uni<TargetAdjustment> targetAdjustment(@Name("id") @Id @NonNull @Description("The proposal.") String id) {
        long adjustmentId = GlobalId.decode(id, TargetAdjustment.TYPE);
        return callerScope.current().chain(scope -> reader.adjustmentsByIds(List.of(adjustmentId), scope))
                .map(rows -> rows.isEmpty() ? null : new TargetAdjustment(rows.get(0)));
    }

    @Query("targetAdjustments")
    @RolesAllowed("${newretail.rules.targetAdjustments}")
    @Description("Proposals on the targets of an org unit's subtree (and its staff) within your data scope, newest first.")
    public Uni<@NonNull TargetAdjustmentConnection> targetAdjustments(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit.") String orgUnitId,
            @Name("status") @Description("Only proposals in this state.") TargetAdjustmentStatus status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Long afterId = page.afterId();
        return callerScope.current().chain(scope -> reader.adjustments(unit, status == null ? null : status.name(), scope, afterId, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new TargetAdjustmentConnection.Edge(new TargetAdjustment(row), cursor), TargetAdjustmentConnection::new));
    }

    @Query("attainment")
    @RolesAllowed("${newretail.rules.attainment}")
    @Description("How far an org unit (its subtree's sales) or a staff member at a store got in a period: target, actual, %, gap, "
            + "run-rate forecast and rank among peers. Null when the unit is outside your data scope.")
    public Uni<Attainment> attainment(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit; with staffId, the store.") String orgUnitId,
            @Name("staffId") @Id @Description("A staff member at the store, for their personal attainment.") String staffId,
            @Name("period") @NonNull @Description(PERIOD) String period) {
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Long person = staffId == null ? null : GlobalId.decode(staffId, Staff.TYPE);
        PerformanceReadModels.AttainmentPeriod at = new PerformanceReadModels.AttainmentPeriod(PerformanceReads.period(period), businessDay.today());
        return callerScope.current().chain(scope -> reader.attainmentOf(unit, person, at, scope)).map(row -> row == null ? null : new Attainment(row));
    }

    @Query("unitAttainments")
    @RolesAllowed("${newretail.rules.unitAttainments}")
    @Description("The attainment of an org unit's direct children in a period, best first. Empty when the unit is outside your data scope.")
    public Uni<@NonNull AttainmentConnection> unitAttainments(
            @Name("parentId") @Id @NonNull @Description("The parent org unit.") String parentId,
            @Name("period") @NonNull @Description(PERIOD) String period,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return ranking(PerformanceReadModels.Members.UNITS, GlobalId.decode(parentId, OrgUnit.TYPE), period, first, after);
    }

    @Query("staffAttainments")
    @RolesAllowed("${newretail.rules.staffAttainments}")
    @Description("The attainment of a store's staff (those with a target or a sale there in the period), best first.")
    public Uni<@NonNull AttainmentConnection> staffAttainments(
            @Name("storeId") @Id @NonNull @Description("The store.") String storeId,
            @Name("period") @NonNull @Description(PERIOD) String period,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return ranking(PerformanceReadModels.Members.STAFF, GlobalId.decode(storeId, OrgUnit.TYPE), period, first, after);
    }

    private Uni<AttainmentConnection> ranking(PerformanceReadModels.Members members, long parent, String period, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after);
        PerformanceReadModels.AttainmentPeriod at = new PerformanceReadModels.AttainmentPeriod(PerformanceReads.period(period), businessDay.today());
        PerformanceReadModels.After position = PerformanceReads.rankingAfter(page);
        return callerScope.current().chain(scope -> reader.ranking(parent, members, at, scope, position, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.rank(), row.key()),
                        (row, cursor) -> new AttainmentConnection.Edge(new Attainment(row), cursor), AttainmentConnection::new));
    }

    @Query("targetSuggestions")
    @RolesAllowed("${newretail.rules.targetSuggestions}")
    @Description("Suggested targets for a month for each child of an org unit (a store: each active staff member), from their sales "
            + "history, each with its explanation. Empty when the unit is outside your data scope.")
    public Uni<@NonNull List<@NonNull TargetSuggestion>> targetSuggestions(
            @Name("orgUnitId") @Id @NonNull @Description("The org unit.") String orgUnitId,
            @Name("period") @NonNull @Description("The month, e.g. \"2027-01\".") String period) {
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        Period month = PerformanceReads.month(period);
        return callerScope.current().chain(scope -> service.visibleUnit(unit, scope)
                .chain(found -> found == null || !TargetService.seesChildren(found, scope) ? Uni.createFrom().item(List.<TargetSuggestion>of())
                        : suggestions.suggest(found, month).map(list -> list.stream()
                                .map(s -> new TargetSuggestion(s.subject(), month.label(), s.suggestion())).toList())));
    }

    @Name("salesMonth")
    @Description("Your own attainment this month at the store you work at; null without a staff record.")
    public Uni<Attainment> salesMonth(@Source Me me) {
        if (me.getStaff() == null || me.getOrgUnit() == null) {
            return Uni.createFrom().nullItem();
        }
        java.time.LocalDate today = businessDay.today();
        PerformanceReadModels.AttainmentPeriod at = new PerformanceReadModels.AttainmentPeriod(Period.of(java.time.YearMonth.from(today)), today);
        return callerScope.current().chain(scope -> reader.attainmentOf(GlobalId.decode(me.getOrgUnit().getId(), OrgUnit.TYPE),
                        GlobalId.decode(me.getStaff().getId(), Staff.TYPE), at, scope))
                .map(row -> row == null ? null : new Attainment(row));
    }

    // Fields of other modules' types on this module's types: the object is visible, and so are its unit and staff member as names on it.

    @Name("orgUnit")
    @NonNull
    @Description("The org unit the target is for; for a staff target, the store.")
    public Uni<List<@NonNull OrgUnit>> targetUnit(@Source List<SalesTarget> targets) {
        return units(targets.stream().map(t -> t.row().orgUnitId()).toList());
    }

    @Name("staff")
    @Description("The staff member of a personal target; null for a unit's target.")
    public Uni<List<Staff>> targetStaff(@Source List<SalesTarget> targets) {
        return people(targets.stream().map(t -> t.row().staffId()).toList());
    }

    @Name("orgUnit")
    @NonNull
    @Description("The org unit; for a staff member's attainment, the store.")
    public Uni<List<@NonNull OrgUnit>> attainmentUnit(@Source List<Attainment> figures) {
        return units(figures.stream().map(a -> a.row().orgUnitId()).toList());
    }

    @Name("staff")
    @Description("The staff member; null for a unit's attainment.")
    public Uni<List<Staff>> attainmentStaff(@Source List<Attainment> figures) {
        return people(figures.stream().map(a -> a.row().staffId()).toList());
    }

    @Name("orgUnit")
    @NonNull
    @Description("The child unit; for a staff member, the store.")
    public Uni<List<@NonNull OrgUnit>> suggestionUnit(@Source List<TargetSuggestion> suggested) {
        return units(suggested.stream().map(s -> s.subject().orgUnitId()).toList());
    }

    @Name("staff")
    @Description("The staff member; null for a child unit.")
    public Uni<List<Staff>> suggestionStaff(@Source List<TargetSuggestion> suggested) {
        return people(suggested.stream().map(s -> s.subject().staffId()).toList());
    }

    @Name("target")
    @NonNull
    @Description("The target the proposal is for.")
    public Uni<List<@NonNull SalesTarget>> adjustmentTarget(@Source List<TargetAdjustment> adjustments) {
        return targetsInOrder(adjustments.stream().map(a -> a.row().targetId()).toList());
    }

    @Name("targets")
    @NonNull
    @Description("The targets written (children left out of a split: set to zero); empty when there are userErrors.")
    public Uni<@NonNull List<@NonNull SalesTarget>> payloadTargets(@Source SalesTargetsPayload payload) {
        List<Long> ids = payload.targetIds() == null ? List.of() : payload.targetIds();
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : targetsInOrder(ids);
    }

    @Name("adjustment")
    @Description("The proposal as it is now; null when there are userErrors.")
    public Uni<TargetAdjustment> payloadAdjustment(@Source TargetAdjustmentPayload payload) {
        return payload.adjustmentId() == null ? Uni.createFrom().nullItem()
                : reader.adjustmentsByIds(List.of(payload.adjustmentId()), DataScope.all()).map(rows -> rows.isEmpty() ? null
                        : new TargetAdjustment(rows.get(0)));
    }

    @Mutation("salesTargetSet")
    @RolesAllowed("${newretail.rules.salesTargetSet}")
    @Description("Sets the target of an org unit below yours, or of a staff member at a store in your scope, for a month (or spreads a quarter's "
            + "or year's figure over its months). TARGET_EXISTS / STALE_VERSION guard an existing month; OVERLAPPING_PERIOD refuses a quarter "
            + "or year with months already set; OWN_LEVEL refuses your own unit's target.")
    public Uni<@NonNull SalesTargetsPayload> salesTargetSet(
            @Name("input") @NonNull @Description("Whose target, for which period, and the figures.") PerformanceInputs.SalesTargetSetInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SalesTargetsPayload.KIND, () -> {
            long unit = GlobalId.decodeAt(input.orgUnitId, OrgUnit.TYPE, "input", "orgUnitId");
            Long person = input.staffId == null ? null : GlobalId.decodeAt(input.staffId, Staff.TYPE, "input", "staffId");
            Period period = Period.parse(input.period).orElse(null);
            if (period == null) {
                return invalidPeriod();
            }
            TargetService.Setting setting = new TargetService.Setting(unit, person, period, input.amount.value(), input.quantity, input.currency,
                    input.expectedVersion);
            return callerScope.current().chain(scope -> frame.once(SalesTargetsPayload.KIND, "salesTargetSet", idempotencyKey,
                    new Call<List<Long>, SalesTargetsPayload>(Arrays.asList(unit, person, period.label(), input.amount.value().toPlainString(),
                            input.quantity, input.currency, input.expectedVersion),
                            () -> service.set(setting, scope, actor()),
                            ids -> audit(ids, unit, Map.of("period", period.label(), "amount", input.amount.value().toPlainString(),
                                    "staffId", String.valueOf(input.staffId))), null)));
        });
    }

    @Mutation("salesTargetAllocate")
    @RolesAllowed("${newretail.rules.salesTargetAllocate}")
    @Description("Splits an org unit's month target to its direct children (a store's: its active staff) by a rule; the children add up to "
            + "the parent (ALLOCATION_MISMATCH otherwise) and replace the month's earlier split. NO_PARENT_TARGET without the unit's own target.")
    public Uni<@NonNull SalesTargetsPayload> salesTargetAllocate(
            @Name("input") @NonNull @Description("The unit, the month and the rule.") PerformanceInputs.SalesTargetAllocateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SalesTargetsPayload.KIND, () -> {
            long unit = GlobalId.decodeAt(input.orgUnitId, OrgUnit.TYPE, "input", "orgUnitId");
            List<TargetService.Share> shares = shares(input.shares, "shares");
            Period period = Period.parse(input.period).orElse(null);
            if (period == null) {
                return invalidPeriod();
            }
            return callerScope.current().chain(scope -> frame.once(SalesTargetsPayload.KIND, "salesTargetAllocate", idempotencyKey,
                    new Call<List<Long>, SalesTargetsPayload>(Arrays.asList(unit, period.label(), input.rule, describe(shares)),
                            () -> service.allocate(unit, period, input.rule, shares, scope, actor()),
                            ids -> audit(ids, unit, Map.of("period", period.label(), "rule", input.rule.name(), "shares", describe(shares))), null)));
        });
    }

    @Mutation("targetSuggestionsAccept")
    @RolesAllowed("${newretail.rules.targetSuggestionsAccept}")
    @Description("Turns `targetSuggestions` for a unit's children into their month targets: as suggested (scaled to add up to the unit's "
            + "target when it has one) or with your edits (which must then add up to it).")
    public Uni<@NonNull SalesTargetsPayload> targetSuggestionsAccept(
            @Name("input") @NonNull @Description("The unit, the month and any edits.") PerformanceInputs.TargetSuggestionsAcceptInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SalesTargetsPayload.KIND, () -> {
            long unit = GlobalId.decodeAt(input.orgUnitId, OrgUnit.TYPE, "input", "orgUnitId");
            List<TargetService.Share> edits = shares(input.amounts, "amounts");
            Period period = Period.parse(input.period).orElse(null);
            if (period == null) {
                return invalidPeriod();
            }
            return callerScope.current().chain(scope -> frame.once(SalesTargetsPayload.KIND, "targetSuggestionsAccept", idempotencyKey,
                    new Call<List<Long>, SalesTargetsPayload>(Arrays.asList(unit, period.label(), describe(edits)),
                            () -> service.acceptSuggestions(unit, period, edits, scope, actor()),
                            ids -> audit(ids, unit, Map.of("period", period.label(), "edits", describe(edits))), null)));
        });
    }

    @Mutation("targetAdjustmentPropose")
    @RolesAllowed("${newretail.rules.targetAdjustmentPropose}")
    @Description("Proposes a different figure for your own target (your unit's, or your personal one); the level above approves or "
            + "rejects it. NOT_ALLOWED for anyone else's target; ADJUSTMENT_OPEN while another proposal on the target is open.")
    public Uni<@NonNull TargetAdjustmentPayload> targetAdjustmentPropose(
            @Name("input") @NonNull @Description("The target and the proposed figures.") PerformanceInputs.TargetAdjustmentProposeInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(TargetAdjustmentPayload.KIND, () -> {
            long target = GlobalId.decodeAt(input.targetId, SalesTarget.TYPE, "input", "targetId");
            return callerScope.current().chain(scope -> frame.once(TargetAdjustmentPayload.KIND, "targetAdjustmentPropose", idempotencyKey,
                    Call.<Long, TargetAdjustmentPayload>of(Arrays.asList(target, input.amount.value().toPlainString(), input.quantity, input.reason),
                            () -> service.propose(target, input.amount.value(), input.quantity, input.reason, scope, actor()),
                            id -> Call.Audit.of(null, Map.of("targetId", input.targetId, "amount", input.amount.value().toPlainString())))));
        });
    }

    @Mutation("targetAdjustmentApprove")
    @RolesAllowed("${newretail.rules.targetAdjustmentApprove}")
    @Description("Approves a proposal of the level below yours: the target takes the proposed figure. NOT_ALLOWED for your own level's "
            + "or your own proposals; STALE_VERSION when the proposal or the target changed meanwhile.")
    public Uni<@NonNull TargetAdjustmentPayload> targetAdjustmentApprove(
            @Name("id") @Id @NonNull @Description("The proposal.") String id,
            @Name("expectedVersion") @NonNull @Description("The proposal's version you read.") int expectedVersion,
            @Name("note") @Description("A note for the proposer.") String note,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return decide("targetAdjustmentApprove", id, expectedVersion, true, note, idempotencyKey);
    }

    @Mutation("targetAdjustmentReject")
    @RolesAllowed("${newretail.rules.targetAdjustmentReject}")
    @Description("Rejects a proposal of the level below yours: the target stays as it is.")
    public Uni<@NonNull TargetAdjustmentPayload> targetAdjustmentReject(
            @Name("id") @Id @NonNull @Description("The proposal.") String id,
            @Name("expectedVersion") @NonNull @Description("The proposal's version you read.") int expectedVersion,
            @Name("note") @Description("Why, for the proposer.") String note,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return decide("targetAdjustmentReject", id, expectedVersion, false, note, idempotencyKey);
    }

    private Uni<TargetAdjustmentPayload> decide(String operation, String id, int expectedVersion, boolean approve, String note,
            String idempotencyKey) {
        return frame.guard(TargetAdjustmentPayload.KIND, () -> {
            long adjustment = GlobalId.decodeAt(id, TargetAdjustment.TYPE, "id");
            return callerScope.current().chain(scope -> frame.once(TargetAdjustmentPayload.KIND, operation, idempotencyKey,
                    Call.<Long, TargetAdjustmentPayload>of(Arrays.asList(adjustment, expectedVersion, note),
                            () -> service.decide(adjustment, expectedVersion, approve, note, scope, actor()),
                            ignored -> Call.Audit.of(null, Map.of("decision", approve ? "APPROVED" : "REJECTED")))));
        });
    }

    private static Uni<SalesTargetsPayload> invalidPeriod() {
        return SalesTargetsPayload.KIND.refusedNow(com.newretail.platform.mutation.Refusal.of(TargetErrorCode.INVALID_PERIOD,
                "A period is a month (2027-01), a quarter (2027-Q1) or a year (2027) between 2000 and 2100", "input", "period"));
    }

    private static List<TargetService.Share> shares(List<PerformanceInputs.TargetShareInput> inputs, String field) {
        List<TargetService.Share> shares = new ArrayList<>();
        if (inputs == null) {
            return shares;
        }
        for (int i = 0; i < inputs.size(); i++) {
            PerformanceInputs.TargetShareInput share = inputs.get(i);
            String at = String.valueOf(i);
            Long unit = share.orgUnitId == null ? null : GlobalId.decodeAt(share.orgUnitId, OrgUnit.TYPE, "input", field, at, "orgUnitId");
            Long person = share.staffId == null ? null : GlobalId.decodeAt(share.staffId, Staff.TYPE, "input", field, at, "staffId");
            shares.add(new TargetService.Share(i, unit, person, share.amount.value(), share.quantity));
        }
        return shares;
    }

    private static String describe(List<TargetService.Share> shares) {
        return shares.stream().map(s -> (s.staffId() != null ? "staff " + s.staffId() : "unit " + s.orgUnitId()) + "=" + s.amount().toPlainString()
                + (s.quantity() == null ? "" : "/" + s.quantity())).toList().toString();
    }

    private static Call.Audit audit(List<Long> ids, long unit, Map<String, ?> after) {
        return new Call.Audit(ids.stream().map(id -> GlobalId.encode(SalesTarget.TYPE, id)).toList(), unit, after);
    }

    /** The targets of these ids (the caller already sees the object naming them), in the ids' order. */
    private Uni<List<SalesTarget>> targetsInOrder(List<Long> ids) {
        return reader.targetsByIds(ids.stream().distinct().toList(), DataScope.all()).map(rows -> {
            Map<Long, PerformanceReader.TargetRow> byId = rows.stream().collect(java.util.stream.Collectors.toMap(PerformanceReader.TargetRow::id,
                    Function.identity()));
            return ids.stream().filter(byId::containsKey).map(id -> new SalesTarget(byId.get(id))).toList();
        });
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private Uni<List<OrgUnit>> units(List<Long> ids) {
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }

    private Uni<List<Staff>> people(List<Long> ids) {
        List<Long> present = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return staff.views(present).map(found -> ids.stream().map(id -> id == null ? null : found.get(id)).toList());
    }
}
