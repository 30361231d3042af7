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
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.accounts.KeycloakAccounts;
import com.newretail.organization.accounts.NewAccount;
import com.newretail.organization.persistence.PositionRepository;
import com.newretail.organization.persistence.StaffRepository;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/**
 * The Keycloak accounts of staff: provision, disable, reset the password. Runs inside the caller's
 * transaction; a Keycloak failure fails the whole change, and a user created for a change that then
 * fails is deleted again by the caller ({@code createdUser}).
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
    private final KeycloakAccounts accounts;
    private final CallerScope callerScope;
    private final StaffChangeGuard guard;

    public StaffAccountService(StaffRepository staff, PositionRepository positions, KeycloakAccounts accounts, CallerScope callerScope,
            StaffChangeGuard guard) {
        this.staff = staff;
        this.positions = positions;
        this.accounts = accounts;
        this.callerScope = callerScope;
        this.guard = guard;
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
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> provision(member, username, temporaryPassword, createdUser));
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
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> {
                Map<String, Object> before = Snapshots.of(member);
                member.accountStatus = AccountStatus.DISABLED;
                member.updatedAt = OffsetDateTime.now();
                return staff.flush().chain(() -> accounts.disable(member.accountUserId))
                        .invoke(callerScope::evictAll)
                        .replaceWith(Outcome.of(member, before));
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
            return guard.ifCallerMayChange(member, new String[] {"id"}, rule -> {
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
            return Outcome.of(member);
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
