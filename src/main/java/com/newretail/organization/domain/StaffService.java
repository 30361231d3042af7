package com.newretail.organization.domain;

import static com.newretail.organization.domain.OrganizationErrorCode.ACCOUNT_EXISTS;
import static com.newretail.organization.domain.OrganizationErrorCode.EMPLOYEE_NUMBER_TAKEN;
import static com.newretail.organization.domain.OrganizationErrorCode.FORBIDDEN_POSITION;
import static com.newretail.organization.domain.OrganizationErrorCode.INVALID_VALUE;
import static com.newretail.organization.domain.OrganizationErrorCode.NOT_FOUND;
import static com.newretail.organization.domain.OrganizationErrorCode.NO_ACCOUNT;
import static com.newretail.organization.domain.OrganizationErrorCode.REQUIRED;
import static com.newretail.organization.domain.OrganizationErrorCode.STAFF_INACTIVE;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.accounts.KeycloakAccounts;
import com.newretail.organization.accounts.NewAccount;
import com.newretail.organization.persistence.OrgUnitRepository;
import com.newretail.organization.persistence.PositionRepository;
import com.newretail.organization.persistence.StaffRepository;
import com.newretail.platform.scope.CallerBinding;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;

import io.smallrye.mutiny.Uni;

/**
 * Staff records and their Keycloak accounts. Methods run inside the caller's transaction; a
 * Keycloak call inside one fails the whole change (the transaction rolls back) and a Keycloak user
 * created for a change that then fails is deleted again, so no half-created state remains.
 */
@ApplicationScoped
public class StaffService {

    static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final Pattern MOBILE = Pattern.compile("\\+?[0-9]{6,20}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A provisioned account, with the temporary password shown once. */
    public record Provisioned(StaffEntity staff, String temporaryPassword) {
    }

    private final StaffRepository staff;
    private final PositionRepository positions;
    private final OrgUnitRepository units;
    private final KeycloakAccounts accounts;
    private final CallerScope callerScope;
    private final SecurityIdentity identity;

    public StaffService(StaffRepository staff, PositionRepository positions, OrgUnitRepository units,
            KeycloakAccounts accounts, CallerScope callerScope, SecurityIdentity identity) {
        this.staff = staff;
        this.positions = positions;
        this.units = units;
        this.accounts = accounts;
        this.callerScope = callerScope;
        this.identity = identity;
    }

    /** The position-assignment rule for the current caller (their roles, scope and own staff id). */
    private Uni<PositionAssignmentRule> callerRule() {
        return callerScope.current().chain(scope -> callerScope.binding().map(binding -> new PositionAssignmentRule(
                identity.getRoles(), scope.kind(), binding.map(CallerBinding::staffId).orElse(null))));
    }

    /**
     * Runs {@code work} only if the caller may change this member: not themselves, and not someone
     * whose position outranks the caller's (else their account could be taken over). No Keycloak
     * call is made on a refusal.
     */
    private <T> Uni<Outcome<T>> ifCallerMayChange(StaffEntity member, String[] field,
            Function<PositionAssignmentRule, Uni<Outcome<T>>> work) {
        return callerRule().chain(rule -> {
            Optional<String> self = rule.refusalForSelf(member.id);
            if (self.isPresent()) {
                return Outcome.refusedNow(OrganizationProblem.of(FORBIDDEN_POSITION, self.get(), field));
            }
            return positions.findById(member.positionId).chain(position -> {
                Optional<String> refusal = position == null ? Optional.empty()
                        : rule.refusalFor(position.realmRoles, position.dataScope);
                return refusal.isPresent()
                        ? Outcome.refusedNow(OrganizationProblem.of(FORBIDDEN_POSITION,
                                "This staff member's position is above yours: " + refusal.get(), field))
                        : work.apply(rule);
            });
        });
    }

    private static Optional<OrganizationProblem> assignmentRefusal(PositionAssignmentRule rule, PositionEntity position) {
        return rule.refusalFor(position.realmRoles, position.dataScope)
                .map(message -> OrganizationProblem.of(FORBIDDEN_POSITION, message, "input", "positionId"));
    }

    public Uni<Outcome<StaffEntity>> create(long orgUnitId, StaffDraft draft) {
        List<OrganizationProblem> problems = check(draft, true);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return positions.findById(draft.positionId()).chain(position -> {
            if (position == null) {
                return Outcome.refusedNow(OrganizationProblem.of(NOT_FOUND, "No such position", "input", "positionId"));
            }
            return callerRule().chain(rule -> {
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
                    return staff.persistAndFlush(member).map(Outcome::done);
                }));
    }

    /** Changes fields; a new position also changes the account's realm roles in Keycloak. */
    public Uni<Outcome<StaffEntity>> update(long id, StaffDraft draft) {
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
                    return staff.flush().replaceWith(Outcome.done(member, before));
                }
                return positions.findById(draft.positionId()).chain(position -> {
                    if (position == null) {
                        return Outcome.refusedNow(OrganizationProblem.of(NOT_FOUND, "No such position", "input", "positionId"));
                    }
                    return ifCallerMayChange(member, new String[] {"input", "positionId"}, rule -> {
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
                : accounts.setRoles(member.accountUserId, Arrays.asList(position.realmRoles));
        return staff.flush().chain(() -> syncRoles)
                .invoke(callerScope::evictAll)
                .replaceWith(Outcome.done(member, before));
    }

    /** Moves a staff member to another org unit; the employee number must be free in the new company. */
    public Uni<Outcome<StaffEntity>> transfer(long id, long orgUnitId) {
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            return ifCallerMayChange(member, new String[] {"id"}, rule -> moveTo(member, orgUnitId));
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
                    return staff.flush().invoke(callerScope::evictAll).replaceWith(Outcome.done(member, before));
                }));
    }

    /** Marks a staff member inactive and disables their account, if any. */
    public Uni<Outcome<StaffEntity>> deactivate(long id) {
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            if (member.status == StaffStatus.INACTIVE) {
                return Uni.createFrom().item(Outcome.done(member, Snapshots.of(member)));
            }
            return ifCallerMayChange(member, new String[] {"id"}, rule -> deactivate(member));
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
                .chain(() -> hasAccount ? accounts.disable(member.accountUserId) : Uni.createFrom().voidItem())
                .invoke(callerScope::evictAll)
                .replaceWith(Outcome.done(member, before));
    }

    /**
     * Creates the Keycloak user with the position's realm roles and a temporary password. If the
     * database half fails after Keycloak said yes, {@code createdUser} names the user to delete.
     */
    public Uni<Outcome<Provisioned>> provisionAccount(long id, String username, String temporaryPassword,
            AtomicReference<String> createdUser) {
        if (username != null && !USERNAME.matcher(username).matches()) {
            return Outcome.refusedNow(OrganizationProblem.of(INVALID_VALUE,
                    "Username must be 3-64 lower-case letters, digits, '.', '_' or '-'", "input", "username"));
        }
        if (temporaryPassword != null && (temporaryPassword.length() < 8 || temporaryPassword.length() > 128)) {
            return Outcome.refusedNow(OrganizationProblem.of(INVALID_VALUE,
                    "A temporary password has 8-128 characters", "input", "temporaryPassword"));
        }
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            if (member.status == StaffStatus.INACTIVE) {
                return Outcome.refusedNow(OrganizationProblem.of(STAFF_INACTIVE, "The staff member is inactive", "id"));
            }
            if (member.accountStatus != AccountStatus.NONE) {
                return Outcome.refusedNow(OrganizationProblem.of(ACCOUNT_EXISTS,
                        "The staff member already has the account '" + member.accountUsername + "'", "id"));
            }
            return ifCallerMayChange(member, new String[] {"id"}, rule -> provision(member, username, temporaryPassword, createdUser));
        });
    }

    private Uni<Outcome<Provisioned>> provision(StaffEntity member, String username, String temporaryPassword,
            AtomicReference<String> createdUser) {
        Map<String, Object> before = Snapshots.of(member);
        String login = username != null ? username : member.employeeNumber.toLowerCase();
        String password = temporaryPassword != null ? temporaryPassword : generatePassword();
        return positions.findById(member.positionId)
                .chain(position -> accounts.create(new NewAccount(login, member.email, firstName(member.name),
                        lastName(member.name), password, Arrays.asList(position.realmRoles))))
                .invoke(createdUser::set)
                .chain(userId -> {
                    member.accountUserId = userId;
                    member.accountUsername = login;
                    member.accountStatus = AccountStatus.ACTIVE;
                    member.updatedAt = OffsetDateTime.now();
                    return staff.flush();
                })
                .invoke(callerScope::evictAll)
                .replaceWith(() -> new Outcome<>(new Provisioned(member, password), List.of(), before));
    }

    /** Disables the staff member's Keycloak user; their refresh tokens stop working at once. */
    public Uni<Outcome<StaffEntity>> disableAccount(long id) {
        return withAccount(id).chain(outcome -> {
            if (!outcome.succeeded()) {
                return Uni.createFrom().item(outcome);
            }
            StaffEntity member = outcome.value();
            return ifCallerMayChange(member, new String[] {"id"}, rule -> {
                Map<String, Object> before = Snapshots.of(member);
                member.accountStatus = AccountStatus.DISABLED;
                member.updatedAt = OffsetDateTime.now();
                return staff.flush().chain(() -> accounts.disable(member.accountUserId))
                        .invoke(callerScope::evictAll)
                        .replaceWith(Outcome.done(member, before));
            });
        });
    }

    /** Sets a new temporary password (shown once) that the user must change at next sign-in. */
    public Uni<Outcome<Provisioned>> resetPassword(long id) {
        return withAccount(id).chain(outcome -> {
            if (!outcome.succeeded()) {
                return Uni.createFrom().item(Outcome.<Provisioned>refused(outcome.problems()));
            }
            StaffEntity member = outcome.value();
            return ifCallerMayChange(member, new String[] {"id"}, rule -> {
                String password = generatePassword();
                return accounts.resetPassword(member.accountUserId, password)
                        .replaceWith(new Outcome<>(new Provisioned(member, password), List.of(), Snapshots.of(member)));
            });
        });
    }

    private Uni<Outcome<StaffEntity>> withAccount(long id) {
        return staff.findById(id).map(member -> {
            if (member == null) {
                return Outcome.refused(notFound());
            }
            if (member.accountStatus != AccountStatus.ACTIVE) {
                return Outcome.refused(OrganizationProblem.of(NO_ACCOUNT, "The staff member has no active account", "id"));
            }
            return Outcome.done(member);
        });
    }

    private static void apply(StaffEntity member, StaffDraft draft) {
        if (draft.employeeNumber() != null) {
            member.employeeNumber = draft.employeeNumber();
        }
        if (draft.name() != null) {
            member.name = draft.name().trim();
        }
        if (draft.mobile() != null) {
            member.mobile = draft.mobile().isBlank() ? null : draft.mobile().trim();
        }
        if (draft.email() != null) {
            member.email = draft.email().isBlank() ? null : draft.email().trim().toLowerCase();
        }
        if (draft.hireDate() != null) {
            member.hireDate = draft.hireDate();
        }
        if (draft.positionId() != null) {
            member.positionId = draft.positionId();
        }
        member.updatedAt = OffsetDateTime.now();
    }

    static List<OrganizationProblem> check(StaffDraft draft, boolean creating) {
        List<OrganizationProblem> problems = new ArrayList<>();
        if (draft.employeeNumber() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Employee number is required", "input", "employeeNumber"));
            }
        } else if (!EMPLOYEE_NUMBER.matcher(draft.employeeNumber()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE,
                    "Employee number must be 1-32 letters, digits, '-' or '_'", "input", "employeeNumber"));
        }
        if (draft.name() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Name is required", "input", "name"));
            }
        } else if (draft.name().isBlank() || draft.name().trim().length() > 120) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Name must be 1-120 characters", "input", "name"));
        }
        if (draft.mobile() != null && !draft.mobile().isBlank() && !MOBILE.matcher(draft.mobile().trim()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Mobile must be 6-20 digits, optionally with a leading +",
                    "input", "mobile"));
        }
        if (draft.email() != null && !draft.email().isBlank() && !EMAIL.matcher(draft.email().trim()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Not an email address", "input", "email"));
        }
        if (draft.hireDate() != null && draft.hireDate().isAfter(java.time.LocalDate.now().plusYears(1))) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Hire date is more than a year ahead", "input", "hireDate"));
        }
        if (draft.positionId() == null && creating) {
            problems.add(OrganizationProblem.of(REQUIRED, "Position is required", "input", "positionId"));
        }
        return problems;
    }

    private static OrganizationProblem notFound() {
        return OrganizationProblem.of(NOT_FOUND, "No such staff member", "id");
    }

    private static OrganizationProblem numberTaken(String number) {
        return OrganizationProblem.of(EMPLOYEE_NUMBER_TAKEN,
                "Employee number '" + number + "' is already used in this company", "input", "employeeNumber");
    }

    private static String firstName(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return parts[0];
    }

    private static String lastName(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return parts.length > 1 ? parts[1] : parts[0];
    }

    static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
