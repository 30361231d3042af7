package com.newretail.organization.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.organization.domain.OrganizationErrorCode.ACCOUNT_EXISTS;
import static com.newretail.organization.domain.OrganizationErrorCode.INVALID_VALUE;
import static com.newretail.organization.domain.OrganizationErrorCode.NO_ACCOUNT;
import static com.newretail.organization.domain.OrganizationErrorCode.STAFF_INACTIVE;
import static com.newretail.organization.domain.StaffDrafts.notFound;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.accounts.NewAccount;
import com.newretail.organization.persistence.AccountSyncQueue;
import com.newretail.organization.persistence.PositionRepository;
import com.newretail.organization.persistence.StaffRepository;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/**
 * The Keycloak accounts of staff: provision, disable, reset the password. No method here calls
 * Keycloak, so none keeps a transaction waiting on it. Provisioning and password resets need Keycloak's
 * answer first: the caller checks with {@code plan…} in one short transaction, calls Keycloak with none
 * open, then records the result with {@code record…} in a second one (checking again: the staff member
 * may have changed meanwhile). Disabling commits first and queues the Keycloak change
 * ({@link AccountSyncQueue}), applied after the commit.
 */
@ApplicationScoped
public class StaffAccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A provisioned account, with the temporary password shown once. */
    public record Provisioned(StaffEntity staff, String temporaryPassword) {
    }

    private final StaffRepository staff;
    private final PositionRepository positions;
    private final AccountSyncQueue accountSync;
    private final CallerScope callerScope;
    private final StaffChangeGuard guard;

    public StaffAccountService(StaffRepository staff, PositionRepository positions, AccountSyncQueue accountSync, CallerScope callerScope,
            StaffChangeGuard guard) {
        this.staff = staff;
        this.positions = positions;
        this.accountSync = accountSync;
        this.callerScope = callerScope;
        this.guard = guard;
    }

    /**
     * Checks that the staff member may get an account from this caller and returns the Keycloak user to
     * create: the username (the employee number by default), the temporary password (generated unless
     * given) and the position's realm roles.
     */
    public Uni<Outcome<NewAccount>> planProvision(long id, String username, String temporaryPassword) {
        if (username != null && !USERNAME.matcher(username).matches()) {
            return Outcome.refusedNow(OrganizationProblem.of(INVALID_VALUE,
                    "Username must be 3-64 lower-case letters, digits, '.', '_' or '-'", "input", "username"));
        }
        if (temporaryPassword != null && (temporaryPassword.length() < 8 || temporaryPassword.length() > 128)) {
            return Outcome.refusedNow(OrganizationProblem.of(INVALID_VALUE,
                    "A temporary password has 8-128 characters", "input", "temporaryPassword"));
        }
        return withoutAccount(id, member -> positions.findById(member.positionId).map(position -> Outcome.of(new NewAccount(
                username != null ? username : member.employeeNumber.toLowerCase(), member.email, firstName(member.name),
                lastName(member.name), temporaryPassword != null ? temporaryPassword : generatePassword(),
                Arrays.asList(position.realmRoles)))));
    }

    /** Binds the Keycloak user created for {@link #planProvision} to the staff member, if that still may be. */
    public Uni<Outcome<Provisioned>> recordProvisioned(long id, String userId, NewAccount account) {
        return withoutAccount(id, member -> {
            Map<String, Object> before = Snapshots.of(member);
            member.accountUserId = userId;
            member.accountUsername = account.username();
            member.accountStatus = AccountStatus.ACTIVE;
            member.updatedAt = OffsetDateTime.now();
            return staff.flush().invoke(callerScope::evictAll)
                    .replaceWith(() -> new Outcome<>(new Provisioned(member, account.temporaryPassword()), List.of(), before));
        });
    }

    private <T> Uni<Outcome<T>> withoutAccount(long id, Function<StaffEntity, Uni<Outcome<T>>> work) {
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
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> work.apply(member));
        });
    }

    /** Marks the account disabled and queues disabling the Keycloak user (which ends their sessions). */
    public Uni<Outcome<StaffEntity>> disableAccount(long id) {
        return withAccount(id, member -> {
            Map<String, Object> before = Snapshots.of(member);
            member.accountStatus = AccountStatus.DISABLED;
            member.updatedAt = OffsetDateTime.now();
            return staff.flush().chain(() -> accountSync.request(member.id))
                    .invoke(callerScope::evictAll)
                    .replaceWith(Outcome.of(member, before));
        });
    }

    /** Checks that this caller may reset the staff member's password; returns the Keycloak user and a new temporary password. */
    public Uni<Outcome<Provisioned>> planReset(long id) {
        return withAccount(id, member -> Uni.createFrom().item(Outcome.of(new Provisioned(member, generatePassword()))));
    }

    /** Records a reset done in Keycloak (the audit entry), if the account is still there to reset. */
    public Uni<Outcome<Provisioned>> recordReset(long id, String temporaryPassword) {
        return withAccount(id, member -> Uni.createFrom().item(
                new Outcome<>(new Provisioned(member, temporaryPassword), List.of(), Snapshots.of(member))));
    }

    private <T> Uni<Outcome<T>> withAccount(long id, Function<StaffEntity, Uni<Outcome<T>>> work) {
        return staff.findById(id).chain(member -> {
            if (member == null) {
                return Outcome.refusedNow(notFound());
            }
            if (member.accountStatus != AccountStatus.ACTIVE) {
                return Outcome.refusedNow(OrganizationProblem.of(NO_ACCOUNT, "The staff member has no active account", "id"));
            }
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> work.apply(member));
        });
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
