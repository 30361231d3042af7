package com.newretail.performance.domain;

import static com.newretail.performance.domain.TargetErrorCode.ADJUSTMENT_OPEN;
import static com.newretail.performance.domain.TargetErrorCode.ALLOCATION_MISMATCH;
import static com.newretail.performance.domain.TargetErrorCode.ALREADY_DECIDED;
import static com.newretail.performance.domain.TargetErrorCode.DUPLICATE_SHARE;
import static com.newretail.performance.domain.TargetErrorCode.INVALID_AMOUNT;
import static com.newretail.performance.domain.TargetErrorCode.INVALID_PERIOD;
import static com.newretail.performance.domain.TargetErrorCode.INVALID_VALUE;
import static com.newretail.performance.domain.TargetErrorCode.NOT_ALLOWED;
import static com.newretail.performance.domain.TargetErrorCode.NOT_A_CHILD;
import static com.newretail.performance.domain.TargetErrorCode.NOT_FOUND;
import static com.newretail.performance.domain.TargetErrorCode.NO_CHILDREN;
import static com.newretail.performance.domain.TargetErrorCode.NO_PARENT_TARGET;
import static com.newretail.performance.domain.TargetErrorCode.OVERLAPPING_PERIOD;
import static com.newretail.performance.domain.TargetErrorCode.OWN_LEVEL;
import static com.newretail.performance.domain.TargetErrorCode.STALE_VERSION;
import static com.newretail.performance.domain.TargetErrorCode.TARGET_EXISTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.performance.persistence.TargetStore;
import com.newretail.performance.persistence.TargetStore.LockedTarget;
import com.newretail.performance.persistence.PerformanceReader;
import com.newretail.performance.persistence.PerformanceReader.Unit;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.DataScopeKind;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sales targets: set by the level above, split top-down to the children (equally, by last year's
 * share, by hand, or as suggested) so the children add up to the parent, and adjusted bottom-up by
 * proposals the level above decides.
 */
@ApplicationScoped
public class TargetService {

    /** A target to set: for a unit, or (with {@code staffId}) for a staff member at a store. */
    public record Setting(long orgUnitId, Long staffId, Period period, BigDecimal amount, Integer quantity, String currency,
            Integer expectedVersion) {
    }

    /** One child's figure in a manual split or an edited suggestion; {@code index} is its place in the input list. */
    public record Share(int index, Long orgUnitId, Long staffId, BigDecimal amount, Integer quantity) {
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final int MAX_REASON = 500;

    private final TargetStore store;
    private final OrgUnitViews orgUnits;
    private final StaffDirectory staff;
    private final TargetSuggestions suggestions;
    private final PerformanceReader reader;

    public TargetService(TargetStore store, OrgUnitViews orgUnits, StaffDirectory staff, TargetSuggestions suggestions, PerformanceReader reader) {
        this.reader = reader;
        this.store = store;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.suggestions = suggestions;
    }

    /**
     * Sets a month's target, or a quarter's or year's split over its months by the subject's sales in
     * the same months a year earlier (equally without any). A month that has a target changes only at
     * the version read; a quarter or year is refused when any of its months has one.
     */
    public Uni<Outcome<List<Long>>> set(Setting setting, DataScope scope, String actor) {
        Outcome<List<Long>> invalid = checkFigures(setting.amount(), setting.quantity(), "input");
        if (invalid != null) {
            return Uni.createFrom().item(invalid);
        }
        if (setting.currency() != null && !setting.currency().matches("[A-Z]{3}")) {
            return Outcome.refusedNow(INVALID_VALUE, "Currency is an ISO 4217 code such as CNY", "input", "currency");
        }
        return visibleUnit(setting.orgUnitId(), scope).chain(unit -> {
            if (unit == null) {
                return Outcome.refusedNow(NOT_FOUND, "No such org unit", "input", "orgUnitId");
            }
            if (!scope.isAll() && (setting.staffId() == null ? unit.id() == Objects.requireNonNullElse(scope.orgUnitId(), -1L)
                    : setting.staffId().equals(scope.staffId()))) {
                return Outcome.refusedNow(OWN_LEVEL, "Your own target is set by the level above; propose an adjustment instead", "input");
            }
            return checkStaff(unit, setting.staffId(), setting.period()).chain(problem -> problem != null ? Uni.createFrom().item(problem)
                    : store.lockSubjectMonths(unit.id(), setting.staffId(), setting.period().months())
                            .chain(existing -> setting.period().kind() == Period.Kind.MONTH ? setMonth(setting, existing, actor)
                                    : setSpread(unit, setting, existing, actor)));
        });
    }

    private Uni<Outcome<List<Long>>> setMonth(Setting setting, List<LockedTarget> existing, String actor) {
        String currency = setting.currency() == null ? "CNY" : setting.currency();
        if (existing.isEmpty()) {
            if (setting.expectedVersion() != null) {
                return Outcome.refusedNow(STALE_VERSION, "There is no target for this month yet; leave out expectedVersion to create it",
                        "input", "expectedVersion");
            }
            return store.insert(setting.orgUnitId(), setting.staffId(), setting.period().start(), setting.amount(), setting.quantity(), currency,
                    "SET", actor).map(id -> Outcome.of(List.of(id)));
        }
        LockedTarget target = existing.get(0);
        if (setting.expectedVersion() == null) {
            return Outcome.refusedNow(TARGET_EXISTS, "The month already has a target (version " + target.version() + ")", "input", "expectedVersion");
        }
        if (setting.expectedVersion() != target.version()) {
            return Outcome.refusedNow(STALE_VERSION, "The target is at version " + target.version(), "input", "expectedVersion");
        }
        return store.update(target.id(), setting.amount(), setting.quantity(), setting.currency() == null ? target.currency() : currency, "SET", actor)
                .map(ignored -> Outcome.of(List.of(target.id()), before(target)));
    }

    private Uni<Outcome<List<Long>>> setSpread(Unit unit, Setting setting, List<LockedTarget> existing, String actor) {
        if (setting.expectedVersion() != null) {
            return Outcome.refusedNow(INVALID_PERIOD, "expectedVersion is for one month's target", "input", "expectedVersion");
        }
        if (!existing.isEmpty()) {
            return Outcome.refusedNow(OVERLAPPING_PERIOD, "Months of " + setting.period().label() + " already have targets: "
                    + existing.stream().map(t -> t.month().toString().substring(0, 7)).toList(), "input", "period");
        }
        List<LocalDate> months = setting.period().months();
        Long storeOfStaff = setting.staffId() == null ? null : unit.id();
        long subject = setting.staffId() == null ? unit.id() : setting.staffId();
        String currency = setting.currency() == null ? "CNY" : setting.currency();
        return Multi.createFrom().iterable(months)
                .onItem().transformToUniAndConcatenate(month -> store.sales(List.of(subject), storeOfStaff, month.minusYears(1),
                        month.plusMonths(1).minusYears(1)).map(sales -> sales.get(0)))
                .collect().asList()
                .chain(weights -> {
                    List<BigDecimal> amounts = Split.money(setting.amount(), weights);
                    List<Long> quantities = setting.quantity() == null ? null : Split.units(setting.quantity(), weights);
                    return Multi.createFrom().range(0, months.size())
                            .onItem().transformToUniAndConcatenate(i -> store.insert(unit.id(), setting.staffId(), months.get(i), amounts.get(i),
                                    quantities == null ? null : quantities.get(i).intValue(), currency, "SET", actor))
                            .collect().asList().map(Outcome::of);
                });
    }

    /** Splits a unit's month target to its children (a store's: its active staff); children left out get zero. */
    public Uni<Outcome<List<Long>>> allocate(long orgUnitId, Period period, AllocationRule rule, List<Share> shares, DataScope scope, String actor) {
        if (period.kind() != Period.Kind.MONTH) {
            return Outcome.refusedNow(INVALID_PERIOD, "A target is split one month at a time", "input", "period");
        }
        if (rule != AllocationRule.MANUAL && !shares.isEmpty()) {
            return Outcome.refusedNow(INVALID_VALUE, "Shares are given only with the MANUAL rule", "input", "shares");
        }
        return parentAndChildren(orgUnitId, period, scope).chain(found -> {
            if (found.refusal() != null) {
                return Uni.createFrom().item(found.refusal());
            }
            LockedTarget parent = found.parentTarget();
            List<TargetSuggestions.Subject> children = found.children();
            Uni<List<BigDecimal>> weights = switch (rule) {
                case EQUAL -> Uni.createFrom().item(Collections.nCopies(children.size(), BigDecimal.ONE));
                case LAST_YEAR_SHARE -> lastYearSales(found.unit(), children, period);
                case MANUAL -> Uni.createFrom().item(List.<BigDecimal>of());
            };
            return weights.chain(w -> {
                if (rule != AllocationRule.MANUAL) {
                    return write(found.unit(), parent.month(), parent.currency(), children, Split.money(parent.amount(), w),
                            parent.quantity() == null ? null : Split.units(parent.quantity(), w), rule.name(), actor);
                }
                return manual(found, shares, "shares", actor);
            });
        });
    }

    /** Turns the suggestions for the unit's children into their targets: as suggested (fitted to the unit's own target), or as edited. */
    public Uni<Outcome<List<Long>>> acceptSuggestions(long orgUnitId, Period period, List<Share> edits, DataScope scope, String actor) {
        if (period.kind() != Period.Kind.MONTH) {
            return Outcome.refusedNow(INVALID_PERIOD, "Suggestions are per month", "input", "period");
        }
        return visibleUnit(orgUnitId, scope).chain(unit -> unit == null ? Outcome.refusedNow(NOT_FOUND, "No such org unit", "input", "orgUnitId")
                : !seesChildren(unit, scope) ? Outcome.refusedNow(NOT_FOUND, "The unit's children are outside your data scope", "input", "orgUnitId")
                : suggestions.suggest(unit, period).chain(suggested -> {
                    if (suggested.isEmpty()) {
                        return Outcome.refusedNow(NO_CHILDREN, "The unit has nobody to set targets for", "input", "orgUnitId");
                    }
                    List<TargetSuggestions.Subject> children = suggested.stream().map(TargetSuggestions.Suggested::subject).toList();
                    List<BigDecimal> amounts = new ArrayList<>(suggested.stream().map(s -> s.suggestion().amount()).toList());
                    Outcome<List<Long>> problem = applyEdits(children, amounts, edits);
                    if (problem != null) {
                        return Uni.createFrom().item(problem);
                    }
                    return store.lockSubjectMonths(unit.id(), null, List.of(period.start())).chain(parents -> {
                        if (parents.isEmpty()) {
                            return write(unit, period.start(), "CNY", children, amounts, null, "SUGGESTION", actor);
                        }
                        LockedTarget parent = parents.get(0);
                        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                        if (edits.isEmpty()) {
                            return write(unit, period.start(), parent.currency(), children, Split.money(parent.amount(), amounts),
                                    parent.quantity() == null ? null : Split.units(parent.quantity(), amounts), "SUGGESTION", actor);
                        }
                        if (sum.compareTo(parent.amount()) != 0) {
                            return Outcome.refusedNow(ALLOCATION_MISMATCH, "The figures add up to " + sum.toPlainString() + ", the unit's target is "
                                    + parent.amount().toPlainString(), "input", "amounts");
                        }
                        return write(unit, period.start(), parent.currency(), children, amounts, parent.quantity() == null ? null : Split.units(parent.quantity(), amounts),
                                "SUGGESTION", actor);
                    });
                }));
    }

    private static Outcome<List<Long>> applyEdits(List<TargetSuggestions.Subject> children, List<BigDecimal> amounts, List<Share> edits) {
        Set<Integer> seen = new HashSet<>();
        for (Share edit : edits) {
            Outcome<List<Long>> invalid = checkFigures(edit.amount(), null, "input", "amounts", String.valueOf(edit.index()));
            if (invalid != null) {
                return invalid;
            }
            int at = indexOf(children, edit);
            if (at < 0) {
                return Outcome.refused(NOT_A_CHILD, "Not a child of the unit", "input", "amounts", String.valueOf(edit.index()));
            }
            if (!seen.add(at)) {
                return Outcome.refused(DUPLICATE_SHARE, "The same child is named twice", "input", "amounts", String.valueOf(edit.index()));
            }
            amounts.set(at, edit.amount());
        }
        return null;
    }

    /** Where the edit's subject is among the children (a store's staff by staff id, units by unit id); -1 when it is none of them. */
    private static int indexOf(List<TargetSuggestions.Subject> children, Share edit) {
        for (int i = 0; i < children.size(); i++) {
            TargetSuggestions.Subject child = children.get(i);
            if (child.staffId() != null ? child.staffId().equals(edit.staffId()) : edit.staffId() == null && Objects.equals(child.orgUnitId(),
                    edit.orgUnitId())) {
                return i;
            }
        }
        return -1;
    }

    private record Family(Outcome<List<Long>> refusal, Unit unit, LockedTarget parentTarget, List<TargetSuggestions.Subject> children) {
        static Family refused(Outcome<List<Long>> refusal) {
            return new Family(refusal, null, null, null);
        }
    }

    private Uni<Family> parentAndChildren(long orgUnitId, Period period, DataScope scope) {
        return visibleUnit(orgUnitId, scope).chain(unit -> unit == null
                ? Uni.createFrom().item(Family.refused(Outcome.refused(NOT_FOUND, "No such org unit", "input", "orgUnitId")))
                : store.lockSubjectMonths(unit.id(), null, List.of(period.start())).chain(parents -> parents.isEmpty()
                        ? Uni.createFrom().item(Family.refused(Outcome.refused(NO_PARENT_TARGET, "The unit has no target for " + period.label(),
                                "input", "period")))
                        : suggestions.children(unit).chain(children -> {
                            if (children.isEmpty()) {
                                return Uni.createFrom().item(Family.refused(Outcome.refused(NO_CHILDREN, "The unit has nobody to split its target to",
                                        "input", "orgUnitId")));
                            }
                            if (seesChildren(unit, scope)) {
                                return Uni.createFrom().item(new Family(null, unit, parents.get(0), children));
                            }
                            return Uni.createFrom().item(Family.refused(Outcome.refused(NOT_FOUND, "The unit's children are outside your data scope",
                                    "input", "orgUnitId")));
                        })));
    }

    private Uni<Outcome<List<Long>>> manual(Family found, List<Share> shares, String field, String actor) {
        List<TargetSuggestions.Subject> children = found.children();
        boolean staffLevel = children.get(0).staffId() != null;
        List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(children.size(), BigDecimal.ZERO.setScale(2)));
        List<Long> quantities = new ArrayList<>(Collections.nCopies(children.size(), 0L));
        boolean anyQuantity = false;
        Set<Integer> seen = new HashSet<>();
        for (Share share : shares) {
            String at = String.valueOf(share.index());
            Outcome<List<Long>> invalid = checkFigures(share.amount(), share.quantity(), "input", field, at);
            if (invalid != null) {
                return Uni.createFrom().item(invalid);
            }
            if ((share.staffId() == null) == staffLevel || (!staffLevel && share.orgUnitId() == null)) {
                return Outcome.refusedNow(NOT_A_CHILD, staffLevel ? "A store's target is split to its staff: name staffId"
                        : "A unit's target is split to its child units: name orgUnitId", "input", field, at);
            }
            int index = indexOf(children, share);
            if (index < 0) {
                return Outcome.refusedNow(NOT_A_CHILD, staffLevel ? "Not an active staff member of the store" : "Not a direct child of the unit",
                        "input", field, at);
            }
            if (!seen.add(index)) {
                return Outcome.refusedNow(DUPLICATE_SHARE, "The same child is named twice", "input", field, at);
            }
            amounts.set(index, share.amount());
            if (share.quantity() != null) {
                anyQuantity = true;
                quantities.set(index, share.quantity().longValue());
            }
        }
        LockedTarget parent = found.parentTarget();
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(parent.amount()) != 0) {
            return Outcome.refusedNow(ALLOCATION_MISMATCH, "The shares add up to " + sum.toPlainString() + ", the parent's target is "
                    + parent.amount().toPlainString(), "input", field);
        }
        long units = quantities.stream().mapToLong(Long::longValue).sum();
        if (parent.quantity() != null && anyQuantity && units != parent.quantity()) {
            return Outcome.refusedNow(ALLOCATION_MISMATCH, "The shares' quantities add up to " + units + ", the parent's target is "
                    + parent.quantity(), "input", field);
        }
        List<Long> splitUnits = parent.quantity() == null ? (anyQuantity ? quantities : null)
                : anyQuantity ? quantities : Split.units(parent.quantity(), amounts);
        return write(found.unit(), parent.month(), parent.currency(), children, amounts, splitUnits, AllocationRule.MANUAL.name(), actor);
    }

    /**
     * Writes the children's figures for the parent's month: updates their targets or creates them, and
     * sets to zero the month's other child targets (staff who left, units moved away), so the children
     * add up to the parent.
     */
    private Uni<Outcome<List<Long>>> write(Unit unit, LocalDate month, String currency, List<TargetSuggestions.Subject> children,
            List<BigDecimal> amounts, List<Long> quantities, String origin, String actor) {
        boolean staffLevel = children.get(0).staffId() != null;
        return store.lockChildTargets(unit, staffLevel, month).chain(existing -> {
            Map<Long, LockedTarget> bySubject = new HashMap<>();
            existing.forEach(t -> bySubject.put(staffLevel ? t.staffId() : t.orgUnitId(), t));
            Map<String, Object> before = new LinkedHashMap<>();
            List<Uni<Long>> writes = new ArrayList<>();
            Set<Long> written = new HashSet<>();
            for (int i = 0; i < children.size(); i++) {
                TargetSuggestions.Subject child = children.get(i);
                long key = staffLevel ? child.staffId() : child.orgUnitId();
                written.add(key);
                Integer quantity = quantities == null ? null : quantities.get(i).intValue();
                LockedTarget current = bySubject.get(key);
                if (current != null) {
                    before.put(subjectName(staffLevel, key), current.amount().toPlainString());
                    writes.add(store.update(current.id(), amounts.get(i), quantity, currency, origin, actor).replaceWith(current.id()));
                } else {
                    writes.add(store.insert(child.orgUnitId(), child.staffId(), month, amounts.get(i), quantity, currency, origin, actor));
                }
            }
            for (LockedTarget left : existing) {
                long key = staffLevel ? left.staffId() : left.orgUnitId();
                if (!written.contains(key)) {
                    before.put(subjectName(staffLevel, key), left.amount().toPlainString());
                    writes.add(store.update(left.id(), BigDecimal.ZERO.setScale(2), left.quantity() == null ? null : 0, left.currency(), origin, actor)
                            .replaceWith(left.id()));
                }
            }
            return Multi.createFrom().iterable(writes).onItem().transformToUniAndConcatenate(write -> write).collect().asList()
                    .map(ids -> Outcome.of(ids, before));
        });
    }

    private static String subjectName(boolean staffLevel, long key) {
        return (staffLevel ? "staff " : "unit ") + key;
    }

    private Uni<List<BigDecimal>> lastYearSales(Unit unit, List<TargetSuggestions.Subject> children, Period period) {
        boolean staffLevel = children.get(0).staffId() != null;
        Period lastYear = period.yearEarlier();
        return store.sales(children.stream().map(c -> staffLevel ? c.staffId() : c.orgUnitId()).toList(), staffLevel ? unit.id() : null,
                lastYear.start(), lastYear.endExclusive());
    }

    /** A lower level proposes a different figure for its own target: its unit's, or a staff member's own. */
    public Uni<Outcome<Long>> propose(long targetId, BigDecimal amount, Integer quantity, String reason, DataScope scope, String actor) {
        Outcome<Long> invalid = checkFigures(amount, quantity, "input");
        if (invalid != null) {
            return Uni.createFrom().item(invalid);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return Outcome.refusedNow(INVALID_VALUE, "Give a reason of 1-" + MAX_REASON + " characters", "input", "reason");
        }
        return visibleTarget(targetId, scope).chain(target -> {
            if (target == null) {
                return Outcome.refusedNow(NOT_FOUND, "No such target", "input", "targetId");
            }
            boolean own = target.staffId() != null ? target.staffId().equals(scope.staffId())
                    : scope.orgUnitId() != null && target.orgUnitId() == scope.orgUnitId();
            if (!own) {
                return Outcome.refusedNow(NOT_ALLOWED, "Proposals are made by the target's own level: your unit's target or your own", "input",
                        "targetId");
            }
            if (target.amount().compareTo(amount) == 0 && Objects.equals(target.quantity(), quantity)) {
                return Outcome.refusedNow(INVALID_VALUE, "The proposal equals the target", "input", "amount");
            }
            return store.propose(target.id(), amount, quantity, target.amount(), target.currency(), reason.trim(), actor)
                    .map(id -> id.isEmpty() ? Outcome.<Long, TargetErrorCode>refused(ADJUSTMENT_OPEN, "The target already has an open proposal", "input", "targetId")
                            : Outcome.of(id.get()));
        });
    }

    /** The level above approves (the target takes the proposed figure) or rejects a proposal. */
    public Uni<Outcome<Long>> decide(long adjustmentId, int expectedVersion, boolean approve, String note, DataScope scope, String actor) {
        if (note != null && note.length() > MAX_REASON) {
            return Outcome.refusedNow(INVALID_VALUE, "A note has at most " + MAX_REASON + " characters", "note");
        }
        return store.lockAdjustment(adjustmentId).chain(found -> found.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such proposal", "id")
                : visibleTarget(found.get().targetId(), scope).chain(target -> {
                    TargetStore.LockedAdjustment adjustment = found.get();
                    if (target == null) {
                        return Outcome.refusedNow(NOT_FOUND, "No such proposal", "id");
                    }
                    if (!"PROPOSED".equals(adjustment.status())) {
                        return Outcome.refusedNow(ALREADY_DECIDED, "The proposal was already " + adjustment.status().toLowerCase(), "id");
                    }
                    if (adjustment.version() != expectedVersion) {
                        return Outcome.refusedNow(STALE_VERSION, "The proposal is at version " + adjustment.version(), "expectedVersion");
                    }
                    if (adjustment.proposedBy().equals(actor) || (target.staffId() != null && target.staffId().equals(scope.staffId()))) {
                        return Outcome.refusedNow(NOT_ALLOWED, "A proposal is decided by the level above, not by its subject or proposer", "id");
                    }
                    return levelAbove(target, scope).chain(above -> {
                        if (!above) {
                            return Outcome.refusedNow(NOT_ALLOWED, "Only the level above the target's unit decides its proposals", "id");
                        }
                        Map<String, Object> before = Map.of("status", adjustment.status(), "targetAmount", target.amount().toPlainString());
                        if (!approve) {
                            return store.decide(adjustmentId, "REJECTED", actor, note).map(ignored -> Outcome.of(adjustmentId, before));
                        }
                        if (target.amount().compareTo(adjustment.previousAmount()) != 0) {
                            return Outcome.refusedNow(STALE_VERSION, "The target changed since the proposal was made; reject it and propose again", "id");
                        }
                        return store.update(target.id(), adjustment.amount(), adjustment.quantity() != null ? adjustment.quantity() : target.quantity(),
                                target.currency(), "ADJUSTMENT", actor)
                                .chain(() -> store.decide(adjustmentId, "APPROVED", actor, note))
                                .map(ignored -> Outcome.of(adjustmentId, before));
                    });
                }));
    }

    /** True when the caller is above the target's subject: sees everything, or sees a unit target's parent, or a staff target's store. */
    private Uni<Boolean> levelAbove(LockedTarget target, DataScope scope) {
        if (scope.isAll() || target.staffId() != null) {
            return Uni.createFrom().item(true);
        }
        return reader.unit(target.orgUnitId()).chain(unit -> unit == null || unit.parentId() == null ? Uni.createFrom().item(false)
                : orgUnits.visible(unit.parentId(), scope));
    }

    /** The target locked, when the scope sees it (SELF: only one's own staff target); else null. */
    private Uni<LockedTarget> visibleTarget(long targetId, DataScope scope) {
        return store.lockTarget(targetId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            LockedTarget target = found.get();
            if (scope.kind() == DataScopeKind.SELF && !Objects.equals(target.staffId(), scope.staffId())) {
                return Uni.createFrom().nullItem();
            }
            return orgUnits.visible(target.orgUnitId(), scope).map(visible -> visible ? target : null);
        });
    }

    /** A store's staff are seen with the store; child units need a scope that reaches below one's own unit. */
    public static boolean seesChildren(Unit unit, DataScope scope) {
        return "STORE".equals(unit.type()) || scope.isAll() || scope.kind() == DataScopeKind.ORG_AND_DESCENDANTS;
    }

    /** The unit when the scope sees it; else null. */
    public Uni<Unit> visibleUnit(long orgUnitId, DataScope scope) {
        return orgUnits.visible(orgUnitId, scope).chain(visible -> !visible ? Uni.createFrom().nullItem()
                : reader.unit(orgUnitId));
    }

    /** A staff target is for an active staff member of the store, with no target at another store that month. */
    private Uni<Outcome<List<Long>>> checkStaff(Unit unit, Long staffId, Period period) {
        if (staffId == null) {
            return Uni.createFrom().nullItem();
        }
        if (!"STORE".equals(unit.type())) {
            return Outcome.refusedNow(INVALID_VALUE, "Staff targets are set at the store they work at", "input", "orgUnitId");
        }
        return staff.activeOrgUnitOf(staffId).chain(at -> {
            if (at == null || at != unit.id()) {
                return Outcome.refusedNow(NOT_A_CHILD, "Not an active staff member of the store", "input", "staffId");
            }
            return Multi.createFrom().iterable(period.months()).onItem().transformToUniAndConcatenate(month ->
                    store.staffTargetElsewhere(staffId, month, unit.id())).collect().asList().map(elsewhere -> elsewhere.contains(true)
                            ? Outcome.<List<Long>, TargetErrorCode>refused(OVERLAPPING_PERIOD, "The staff member has a target at another store in the period",
                                    "input", "staffId")
                            : null);
        });
    }

    private static <V> Outcome<V> checkFigures(BigDecimal amount, Integer quantity, String... field) {
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            return Outcome.refused(INVALID_AMOUNT, "An amount is at least 0, at most " + MAX_AMOUNT.toPlainString() + ", with at most two decimals",
                    append(field, "amount"));
        }
        if (quantity != null && quantity < 0) {
            return Outcome.refused(INVALID_AMOUNT, "A quantity is at least 0", append(field, "quantity"));
        }
        return null;
    }

    private static String[] append(String[] path, String last) {
        String[] full = java.util.Arrays.copyOf(path, path.length + 1);
        full[path.length] = last;
        return full;
    }

    private static Map<String, Object> before(LockedTarget target) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("amount", target.amount().toPlainString());
        before.put("quantity", target.quantity());
        before.put("version", target.version());
        return before;
    }
}
