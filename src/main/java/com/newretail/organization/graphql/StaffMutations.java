package com.newretail.organization.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;

import com.newretail.organization.accounts.AccountException;
import com.newretail.organization.accounts.AccountSync;
import com.newretail.organization.accounts.KeycloakAccounts;
import com.newretail.organization.accounts.NewAccount;
import com.newretail.organization.domain.OrganizationProblem;
import com.newretail.organization.domain.Snapshots;
import com.newretail.organization.domain.StaffEntity;
import com.newretail.organization.domain.StaffAccountService;
import com.newretail.organization.domain.StaffService;
import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.StaffReader;
import com.newretail.organization.persistence.StaffRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Staff mutations, each one transaction, audited and scope-checked. None calls Keycloak inside a
 * transaction: provisioning and password resets call it between a checking and a recording transaction
 * (a failure is the userError KEYCLOAK_UNAVAILABLE, nothing written); disabling, deactivating and
 * position changes commit, then apply the queued Keycloak change ({@link AccountSync}, retried until
 * Keycloak takes it).
 */
@GraphQLApi
public class StaffMutations {

    private static final Logger LOG = Logger.getLogger(StaffMutations.class);

    private final StaffService service;
    private final StaffAccountService accountService;
    private final StaffReader staffReader;
    private final OrgUnitReader unitReader;
    private final MutationFrame frame;
    private final CallerScope callerScope;
    private final KeycloakAccounts accounts;
    private final AccountSync accountSync;

    public StaffMutations(StaffService service, StaffAccountService accountService, StaffReader staffReader, OrgUnitReader unitReader,
            MutationFrame frame, CallerScope callerScope, KeycloakAccounts accounts, AccountSync accountSync) {
        this.service = service;
        this.accountService = accountService;
        this.staffReader = staffReader;
        this.unitReader = unitReader;
        this.frame = frame;
        this.callerScope = callerScope;
        this.accounts = accounts;
        this.accountSync = accountSync;
    }

    @Mutation("staffCreate")
    @RolesAllowed("${newretail.rules.staffCreate}")
    @Description("Adds a staff member at an org unit, in a position. Provision their account separately.")
    public Uni<@NonNull StaffCreatePayload> staffCreate(
            @Name("orgUnitId") @Id @NonNull @Description("Where the person works.") String orgUnitId,
            @Name("input") @NonNull @Description("The person's fields.") StaffInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(StaffCreatePayload::new, StaffCreatePayload::userErrors);
        long unitId;
        try {
            unitId = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
            input.toDraft();
        } catch (InvalidGlobalIdException e) {
            return kind.invalidId(e, "orgUnitId");
        }
        return unitVisible(unitId).chain(ok -> !ok
                ? kind.notFound("org unit", "orgUnitId")
                : Panache.withTransaction(() -> frame.once(kind, "staffCreate", idempotencyKey, new Call<>(List.of(unitId, input.toDraft()),
                        () -> service.create(unitId, input.toDraft()), this::audit, s -> built(StaffCreatePayload::new, s)))));
    }

    @Mutation("staffUpdate")
    @RolesAllowed("${newretail.rules.staffUpdate}")
    @Description("Changes a staff member. A new position also changes their realm roles in Keycloak.")
    public Uni<@NonNull StaffUpdatePayload> staffUpdate(
            @Name("id") @Id @NonNull @Description("The staff member.") String id,
            @Name("input") @NonNull @Description("The fields to change.") StaffInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(StaffUpdatePayload::new, StaffUpdatePayload::userErrors);
        long staffId;
        try {
            staffId = GlobalId.decode(id, Staff.TYPE);
            input.toDraft();
        } catch (InvalidGlobalIdException e) {
            return kind.invalidId(e, "id");
        }
        return staffVisible(staffId).chain(ok -> !ok
                ? kind.notFound("staff member", "id")
                : Panache.withTransaction(() -> frame.once(kind, "staffUpdate", idempotencyKey, new Call<>(List.of(staffId, input.toDraft()),
                        () -> service.update(staffId, input.toDraft()), this::audit, s -> built(StaffUpdatePayload::new, s))))
                        .call(() -> accountSync.syncNow(staffId)));
    }

    @Mutation("staffTransfer")
    @RolesAllowed("${newretail.rules.staffTransfer}")
    @Description("Moves a staff member to another org unit; their data scope follows at once.")
    public Uni<@NonNull StaffTransferPayload> staffTransfer(
            @Name("id") @Id @NonNull @Description("The staff member.") String id,
            @Name("orgUnitId") @Id @NonNull @Description("The new org unit.") String orgUnitId,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(StaffTransferPayload::new, StaffTransferPayload::userErrors);
        long staffId;
        long unitId;
        try {
            staffId = GlobalId.decode(id, Staff.TYPE);
            unitId = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return kind.invalidId(e, "id");
        }
        return staffVisible(staffId).chain(staffOk -> !staffOk
                ? kind.notFound("staff member", "id")
                : unitVisible(unitId).chain(unitOk -> !unitOk
                        ? kind.notFound("org unit", "orgUnitId")
                        : Panache.withTransaction(() -> frame.once(kind, "staffTransfer", idempotencyKey, new Call<>(List.of(staffId, unitId),
                                () -> service.transfer(staffId, unitId), this::audit, s -> built(StaffTransferPayload::new, s))))));
    }

    @Mutation("staffDeactivate")
    @RolesAllowed("${newretail.rules.staffDeactivate}")
    @Description("Marks a staff member inactive and disables their account.")
    public Uni<@NonNull StaffDeactivatePayload> staffDeactivate(
            @Name("id") @Id @NonNull @Description("The staff member.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(StaffDeactivatePayload::new, StaffDeactivatePayload::userErrors);
        return withStaffThenSync(id, kind, staffId -> frame.once(kind, "staffDeactivate", idempotencyKey, new Call<>(List.of(staffId),
                () -> service.deactivate(staffId), this::audit, s -> built(StaffDeactivatePayload::new, s))));
    }

    @Mutation("staffAccountDisable")
    @RolesAllowed("${newretail.rules.staffAccountDisable}")
    @Description("Disables a staff member's Keycloak account and ends their sessions.")
    public Uni<@NonNull StaffAccountDisablePayload> staffAccountDisable(
            @Name("id") @Id @NonNull @Description("The staff member.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(StaffAccountDisablePayload::new, StaffAccountDisablePayload::userErrors);
        return withStaffThenSync(id, kind, staffId -> frame.once(kind, "staffAccountDisable", idempotencyKey, new Call<>(List.of(staffId),
                () -> accountService.disableAccount(staffId), this::audit, s -> built(StaffAccountDisablePayload::new, s))));
    }

    @Mutation("staffAccountProvision")
    @RolesAllowed("${newretail.rules.staffAccountProvision}")
    @Description("Creates the staff member's Keycloak account with their position's realm roles and a temporary password.")
    public Uni<@NonNull StaffCredentialsPayload> staffAccountProvision(
            @Name("id") @Id @NonNull @Description("The staff member.") String id,
            @Name("input") @Description("Username and temporary password; both optional.") StaffAccountInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = credentialsKind();
        StaffAccountInput options = input == null ? new StaffAccountInput() : input;
        return staffIdOf(id, kind, staffId -> {
            Object request = List.of(staffId, String.valueOf(options.username));
            return keycloakFirst(kind, "staffAccountProvision", idempotencyKey, request,
                    () -> accountService.planProvision(staffId, options.username, options.temporaryPassword),
                    account -> accounts.create(account).chain(userId -> recordProvisioned(kind, idempotencyKey, request, staffId, userId, account)));
        });
    }

    /**
     * Binds the new Keycloak user in the mutation's transaction. Unless that commits with this run's own
     * result (refused meanwhile, a concurrent run with the same key won, the database failed), the user is
     * deleted again: no orphan is left in Keycloak.
     */
    private Uni<StaffCredentialsPayload> recordProvisioned(
            PayloadKind<StaffAccountService.Provisioned, StaffCredentialsPayload, OrganizationUserError> kind, String idempotencyKey,
            Object request, long staffId, String userId, NewAccount account) {
        AtomicBoolean bound = new AtomicBoolean();
        return Panache.withTransaction(() -> frame.once(kind, "staffAccountProvision", idempotencyKey, new Call<>(request,
                () -> accountService.recordProvisioned(staffId, userId, account).invoke(outcome -> bound.set(outcome.succeeded())),
                provisioned -> audit(provisioned.staff()), StaffMutations::credentials)))
                .call(payload -> bound.get() && payload.userErrors().isEmpty() ? Uni.createFrom().voidItem() : forget(userId))
                .onFailure().call(() -> forget(userId));
    }

    private Uni<Void> forget(String userId) {
        return accounts.delete(userId).onFailure().invoke(e -> LOG.errorf(e,
                "Keycloak user %s was created for an account that was not recorded; delete it in the Keycloak console", userId))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Mutation("staffAccountResetPassword")
    @RolesAllowed("${newretail.rules.staffAccountResetPassword}")
    @Description("Sets a new temporary password that the person must change at next sign-in.")
    public Uni<@NonNull StaffCredentialsPayload> staffAccountResetPassword(
            @Name("id") @Id @NonNull @Description("The staff member.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = credentialsKind();
        return staffIdOf(id, kind, staffId -> keycloakFirst(kind, "staffAccountResetPassword", idempotencyKey, List.of(staffId),
                () -> accountService.planReset(staffId),
                reset -> accounts.resetPassword(reset.staff().accountUserId, reset.temporaryPassword())
                        .chain(() -> Panache.withTransaction(() -> frame.once(kind, "staffAccountResetPassword", idempotencyKey,
                                new Call<>(List.of(staffId), () -> accountService.recordReset(staffId, reset.temporaryPassword()),
                                        provisioned -> audit(provisioned.staff()), StaffMutations::credentials))))));
    }

    /**
     * A mutation that needs Keycloak's answer before it can write: a key already used answers at once;
     * otherwise {@code plan} checks in a short transaction, and {@code act} calls Keycloak with no
     * transaction open, then records in a transaction of its own. A Keycloak failure becomes the
     * userError KEYCLOAK_UNAVAILABLE with nothing written.
     */
    private <T> Uni<StaffCredentialsPayload> keycloakFirst(
            PayloadKind<StaffAccountService.Provisioned, StaffCredentialsPayload, OrganizationUserError> kind, String operation,
            String idempotencyKey, Object request, Supplier<Uni<Outcome<T>>> plan, Function<T, Uni<StaffCredentialsPayload>> act) {
        return frame.earlier(kind, operation, idempotencyKey, request).chain(earlier -> earlier != null
                ? Uni.createFrom().item(earlier)
                : Panache.withTransaction(plan).chain(planned -> !planned.succeeded()
                        ? Uni.createFrom().item(kind.refusedBy(planned.problems()))
                        : act.apply(planned.value())))
                .onFailure(AccountException.class).recoverWithItem(failure -> keycloakRefusal(kind, (AccountException) failure));
    }

    private static StaffCredentialsPayload keycloakRefusal(PayloadKind<?, StaffCredentialsPayload, OrganizationUserError> kind, AccountException e) {
        return kind.refusedBy(List.of(OrganizationProblem.of(e.code(), e.getMessage(), "id")));
    }

    private static Uni<StaffCredentialsPayload> credentials(StaffAccountService.Provisioned provisioned) {
        return Uni.createFrom().item(new StaffCredentialsPayload(new Staff(StaffRow.from(provisioned.staff())),
                provisioned.temporaryPassword(), List.of()));
    }

    /** The visible staff member's mutation in one transaction, then the Keycloak change it queued, after the commit. */
    private <P> Uni<P> withStaffThenSync(String id, PayloadKind<?, P, OrganizationUserError> kind, LongFunction<Uni<P>> work) {
        return staffIdOf(id, kind, staffId -> Panache.withTransaction(() -> work.apply(staffId)).call(() -> accountSync.syncNow(staffId)));
    }

    private <P> Uni<P> staffIdOf(String id, PayloadKind<?, P, OrganizationUserError> kind, LongFunction<Uni<P>> work) {
        long staffId;
        try {
            staffId = GlobalId.decode(id, Staff.TYPE);
        } catch (InvalidGlobalIdException e) {
            return kind.invalidId(e, "id");
        }
        return staffVisible(staffId).chain(ok -> !ok ? kind.notFound("staff member", "id") : work.apply(staffId));
    }

    private Uni<Boolean> staffVisible(long staffId) {
        return callerScope.current().chain(scope -> staffReader.visible(staffId, scope));
    }

    private Uni<Boolean> unitVisible(long unitId) {
        return callerScope.current().chain(scope -> unitReader.visible(unitId, scope));
    }

    private Call.Audit audit(StaffEntity member) {
        return new Call.Audit(GlobalId.encode(Staff.TYPE, member.id), member.orgUnitId, Snapshots.of(member));
    }

    private <P> PayloadKind<StaffEntity, P, OrganizationUserError> kind(
            BiFunction<Staff, List<OrganizationUserError>, P> payload, Function<P, List<OrganizationUserError>> errorsOf) {
        return new PayloadKind<>(OrganizationUserError.AREA, (member, errors) -> payload.apply(null, errors), errorsOf,
                member -> GlobalId.encode(Staff.TYPE, member.id),
                resultId -> staffReader.byIds(List.of(GlobalId.decode(resultId, Staff.TYPE)), DataScope.all())
                        .map(rows -> payload.apply(rows.isEmpty() ? null : new Staff(rows.get(0)), List.of())));
    }

    private PayloadKind<StaffAccountService.Provisioned, StaffCredentialsPayload, OrganizationUserError> credentialsKind() {
        // A replay never shows the password again: it was handed out once.
        return new PayloadKind<>(OrganizationUserError.AREA, (provisioned, errors) -> new StaffCredentialsPayload(null, null, errors),
                StaffCredentialsPayload::userErrors, provisioned -> GlobalId.encode(Staff.TYPE, provisioned.staff().id),
                resultId -> staffReader.byIds(List.of(GlobalId.decode(resultId, Staff.TYPE)), DataScope.all())
                        .map(rows -> new StaffCredentialsPayload(rows.isEmpty() ? null : new Staff(rows.get(0)), null, List.of())));
    }

    private static <P> Uni<P> built(BiFunction<Staff, List<OrganizationUserError>, P> payload, StaffEntity member) {
        return Uni.createFrom().item(payload.apply(new Staff(StaffRow.from(member)), List.of()));
    }
}
