package com.newretail.organization.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.organization.domain.OrganizationErrorCode.EMPLOYEE_NUMBER_TAKEN;
import static com.newretail.organization.domain.OrganizationErrorCode.NOT_FOUND;
import static com.newretail.organization.domain.StaffChangeGuard.assignmentRefusal;
import static com.newretail.organization.domain.StaffDrafts.apply;
import static com.newretail.organization.domain.StaffDrafts.check;
import static com.newretail.organization.domain.StaffDrafts.notFound;
import static com.newretail.organization.domain.StaffDrafts.numberTaken;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.AccountSyncQueue;
import com.newretail.organization.persistence.OrgUnitRepository;
import com.newretail.organization.persistence.PositionRepository;
import com.newretail.organization.persistence.StaffRepository;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/**
 * Staff records: create, change, transfer, deactivate. Runs inside the caller's transaction. A position
 * change or deactivation of someone with an account also queues the Keycloak change (new realm roles,
 * a disabled user) in the same transaction; {@link com.newretail.organization.accounts.AccountSync}
 * applies it after the commit, so no transaction waits on Keycloak. See {@link StaffAccountService}
 * for the accounts themselves.
 */
@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final PositionRepository positions;
    private final OrgUnitRepository units;
    private final AccountSyncQueue accountSync;
    private final CallerScope callerScope;
    private final StaffChangeGuard guard;

    private final StaffEvents events;

    public StaffService(StaffRepository staff, PositionRepository positions, OrgUnitRepository units,
            AccountSyncQueue accountSync, CallerScope callerScope, StaffChangeGuard guard, StaffEvents events) {
        this.events = events;
        this.staff = staff;
        this.positions = positions;
        this.units = units;
        this.accountSync = accountSync;
        this.callerScope = callerScope;
        this.guard = guard;
    }

    public Uni<Outcome<StaffEntity>> create(long orgUnitId, StaffDraft draft) {
        return createUnannounced(orgUnitId, draft).call(outcome -> events.changed(outcome, "CREATED"));
    }

    private Uni<Outcome<StaffEntity>> createUnannounced(long orgUnitId, StaffDraft draft) {
        List<OrganizationProblem> problems = check(draft, true);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return positions.findById(draft.positionId()).chain(position -> {
            if (position == null) {
                return Outcome.refusedNow(OrganizationProblem.of(NOT_FOUND, "No such position", "input", "positionId"));
            }
            return guard.callerRule().chain(rule -> {
                Optional<OrganizationProblem> refusal = assignmentRefusal(rule, position);
                return refusal.isPresent() ? Outcome.<StaffEntity>refusedNow(refusal.get()) : createChecked(orgUnitId, draft);
            });
        });
    }

    private Uni<Outcome<StaffEntity>> createChecked(long orgUnitId, StaffDraft draft) {
        return units.companyOf(orgUnitId).chain(companyId -> staff
                .employeeNumberTaken(companyId, draft.employeeNumber(), null)
                .chain(taken -> {
                    if (taken) {
                        return Outcome.refusedNow(numberTaken(draft.employeeNumber()));
                    }
                    StaffEntity member = new StaffEntity();
                    member.companyId = companyId;
                    member.orgUnitId = orgUnitId;
                    member.status = StaffStatus.ACTIVE;
                    member.accountStatus = AccountStatus.NONE;
                    member.createdAt = OffsetDateTime.now();
                    apply(member, draft);
                    return staff.persistAndFlush(member).map(Outcome::of);
                }));
    }

    /** Changes fields; a new position also changes the account's realm roles in Keycloak. */
    public Uni<Outcome<StaffEntity>> update(long id, StaffDraft draft) {
        return updateUnannounced(id, draft).call(outcome -> events.changed(outcome, "UPDATED"));
    }

    private Uni<Outcome<StaffEntity>> updateUnannounced(long id, StaffDraft draft) {
        List<OrganizationProblem> problems = check(draft, false);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            Map<String, Object> before = Snapshots.of(member);
            Uni<Boolean> numberTaken = draft.employeeNumber() == null || draft.employeeNumber().equals(member.employeeNumber)
                    ? Uni.createFrom().item(false)
                    : staff.employeeNumberTaken(member.companyId, draft.employeeNumber(), id);
            return numberTaken.chain(taken -> {
                if (taken) {
                    return Outcome.refusedNow(numberTaken(draft.employeeNumber()));
                }
                if (draft.positionId() == null || draft.positionId().equals(member.positionId)) {
                    apply(member, draft);
                    return staff.flush().replaceWith(Outcome.of(member, before));
                }
                return positions.findById(draft.positionId()).chain(position -> {
                    if (position == null) {
                        return Outcome.refusedNow(OrganizationProblem.of(NOT_FOUND, "No such position", "input", "positionId"));
                    }
                    return guard.ifCallerMayChange(member, new String[] {"input", "positionId"}, rule -> {
                        Optional<OrganizationProblem> refusal = assignmentRefusal(rule, position);
                        return refusal.isPresent() ? Outcome.<StaffEntity>refusedNow(refusal.get())
                                : changePosition(member, draft, position, before);
                    });
                });
            });
        });
    }

    private Uni<Outcome<StaffEntity>> changePosition(StaffEntity member, StaffDraft draft, PositionEntity position,
            Map<String, Object> before) {
        apply(member, draft);
        Uni<Void> syncRoles = member.accountStatus == AccountStatus.NONE || member.accountUserId == null
                ? Uni.createFrom().voidItem()
                : accountSync.request(member.id);
        return staff.flush().chain(() -> syncRoles)
                .invoke(callerScope::evictAll)
                .replaceWith(Outcome.of(member, before));
    }

    /** Moves a staff member to another org unit; the employee number must be free in the new company. */
    public Uni<Outcome<StaffEntity>> transfer(long id, long orgUnitId) {
        return transferUnannounced(id, orgUnitId).call(outcome -> events.changed(outcome, "TRANSFERRED"));
    }

    private Uni<Outcome<StaffEntity>> transferUnannounced(long id, long orgUnitId) {
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> moveTo(member, orgUnitId));
        });
    }

    private Uni<Outcome<StaffEntity>> moveTo(StaffEntity member, long orgUnitId) {
        Map<String, Object> before = Snapshots.of(member);
        return units.companyOf(orgUnitId).chain(companyId -> staff
                .employeeNumberTaken(companyId, member.employeeNumber, member.id)
                .chain(taken -> {
                    if (taken) {
                        return Outcome.refusedNow(OrganizationProblem.of(EMPLOYEE_NUMBER_TAKEN,
                                "Employee number '" + member.employeeNumber + "' is already used in the target company",
                                "orgUnitId"));
                    }
                    member.orgUnitId = orgUnitId;
                    member.companyId = companyId;
                    member.updatedAt = OffsetDateTime.now();
                    return staff.flush().invoke(callerScope::evictAll).replaceWith(Outcome.of(member, before));
                }));
    }

    /** Marks a staff member inactive and disables their account, if any. */
    public Uni<Outcome<StaffEntity>> deactivate(long id) {
        return deactivateUnannounced(id).call(outcome -> events.changed(outcome, "DEACTIVATED"));
    }

    private Uni<Outcome<StaffEntity>> deactivateUnannounced(long id) {
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            if (member.status == StaffStatus.INACTIVE) {
                return Uni.createFrom().item(Outcome.of(member, Snapshots.of(member)));
            }
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> deactivate(member));
        });
    }

    private Uni<Outcome<StaffEntity>> deactivate(StaffEntity member) {
        Map<String, Object> before = Snapshots.of(member);
        member.status = StaffStatus.INACTIVE;
        member.updatedAt = OffsetDateTime.now();
        boolean hasAccount = member.accountStatus == AccountStatus.ACTIVE;
        if (hasAccount) {
            member.accountStatus = AccountStatus.DISABLED;
        }
        return staff.flush()
                .chain(() -> hasAccount ? accountSync.request(member.id) : Uni.createFrom().voidItem())
                .invoke(callerScope::evictAll)
                .replaceWith(Outcome.of(member, before));
    }
}
