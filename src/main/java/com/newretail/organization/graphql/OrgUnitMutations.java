package com.newretail.organization.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.organization.domain.OrgUnitEntity;
import com.newretail.organization.domain.OrgUnitService;
import com.newretail.organization.domain.OrgUnitType;
import com.newretail.organization.domain.Snapshots;
import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.OrgUnitRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * Mutations of the channel tree. Each is one transaction, audited, may carry an idempotency key,
 * and touches only units inside the caller's data scope (others answer NOT_FOUND).
 */
@GraphQLApi
public class OrgUnitMutations {

    private final OrgUnitService service;
    private final OrgUnitReader reader;
    private final MutationFrame frame;
    private final CallerScope callerScope;

    public OrgUnitMutations(OrgUnitService service, OrgUnitReader reader, MutationFrame frame,
            CallerScope callerScope) {
        this.service = service;
        this.reader = reader;
        this.frame = frame;
        this.callerScope = callerScope;
    }

    @Mutation("orgUnitCreate")
    @RolesAllowed("${newretail.rules.orgUnitCreate}")
    @Description("Creates an org unit under a parent. Headquarters, the root, is created without a parent, once.")
    public Uni<@NonNull OrgUnitCreatePayload> orgUnitCreate(
            @Name("input") @NonNull @Description("The new unit's fields; all are required.") OrgUnitInput input,
            @Name("parentId") @Id @Description("Where in the tree the unit goes. Omit only for headquarters.") String parentId,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(OrgUnitCreatePayload::new, OrgUnitCreatePayload::userErrors);
        return frame.guard(kind, () -> {
            Long parent = GlobalId.decodeOptionalAt(parentId, OrgUnit.TYPE, "parentId");
            return callerScope.current().chain(scope -> allowedParent(parent, input.type, scope).chain(allowed -> !allowed
                    ? kind.notFound("org unit", "parentId")
                    : frame.once(kind, "orgUnitCreate", idempotencyKey, new Call<>(List.of(input.toDraft(), String.valueOf(parent)),
                            () -> service.create(input.toDraft(), parent), OrgUnitMutations::audit, unit -> built(OrgUnitCreatePayload::new, unit)))));
        });
    }

    @Mutation("orgUnitUpdate")
    @RolesAllowed("${newretail.rules.orgUnitUpdate}")
    @Description("Changes an org unit's code or name. Use `orgUnitMove` to change its place in the tree.")
    public Uni<@NonNull OrgUnitUpdatePayload> orgUnitUpdate(
            @Name("id") @Id @NonNull @Description("The unit to change.") String id,
            @Name("input") @NonNull @Description("The fields to change; omitted fields stay as they are.") OrgUnitInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(OrgUnitUpdatePayload::new, OrgUnitUpdatePayload::userErrors);
        return frame.guard(kind, () -> {
            long unitId = GlobalId.decodeAt(id, OrgUnit.TYPE, "id");
            return visible(unitId).chain(ok -> !ok
                    ? kind.notFound("org unit", "id")
                    : frame.once(kind, "orgUnitUpdate", idempotencyKey, new Call<>(List.of(unitId, input.toDraft()),
                            () -> service.update(unitId, input.toDraft()), OrgUnitMutations::audit, unit -> built(OrgUnitUpdatePayload::new, unit))));
        });
    }

    @Mutation("orgUnitMove")
    @RolesAllowed("${newretail.rules.orgUnitMove}")
    @Description("Moves an org unit, with everything below it, under another parent.")
    public Uni<@NonNull OrgUnitMovePayload> orgUnitMove(
            @Name("id") @Id @NonNull @Description("The unit to move.") String id,
            @Name("parentId") @Id @NonNull @Description("The new parent.") String parentId,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = kind(OrgUnitMovePayload::new, OrgUnitMovePayload::userErrors);
        return frame.guard(kind, () -> {
            long unitId = GlobalId.decodeAt(id, OrgUnit.TYPE, "id");
            long newParentId = GlobalId.decodeAt(parentId, OrgUnit.TYPE, "parentId");
            return visible(unitId).chain(unitOk -> !unitOk
                    ? kind.notFound("org unit", "id")
                    : visible(newParentId).chain(parentOk -> !parentOk
                            ? kind.notFound("org unit", "parentId")
                            : frame.once(kind, "orgUnitMove", idempotencyKey, new Call<>(List.of(unitId, newParentId),
                                    () -> service.move(unitId, newParentId), OrgUnitMutations::audit,
                                    unit -> built(OrgUnitMovePayload::new, unit)))));
        });
    }

    @Mutation("orgUnitDelete")
    @RolesAllowed("${newretail.rules.orgUnitDelete}")
    @Description("Deletes an org unit that has no units and no staff below it.")
    public Uni<@NonNull OrgUnitDeletePayload> orgUnitDelete(
            @Name("id") @Id @NonNull @Description("The unit to delete.") String id,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        var kind = new PayloadKind<OrgUnitEntity, OrgUnitDeletePayload, OrganizationUserError>(OrganizationUserError.AREA,
                (unit, errors) -> new OrgUnitDeletePayload(null, errors), OrgUnitDeletePayload::userErrors,
                unit -> GlobalId.encode(OrgUnit.TYPE, unit.id),
                deletedId -> Uni.createFrom().item(new OrgUnitDeletePayload(deletedId, List.of())));
        return frame.guard(kind, () -> {
            long unitId = GlobalId.decodeAt(id, OrgUnit.TYPE, "id");
            return visible(unitId).chain(ok -> !ok
                    ? kind.notFound("org unit", "id")
                    : frame.once(kind, "orgUnitDelete", idempotencyKey, new Call<>(List.of(unitId), () -> service.delete(unitId),
                            unit -> Call.Audit.of(unit.parentId, Map.of()),
                            unit -> Uni.createFrom().item(new OrgUnitDeletePayload(GlobalId.encode(OrgUnit.TYPE, unit.id), List.of())))));
        });
    }

    private Uni<Boolean> visible(long unitId) {
        return callerScope.current().chain(scope -> reader.visible(unitId, scope));
    }

    /** Headquarters is created by whole-channel callers only; other units under a visible parent. */
    private Uni<Boolean> allowedParent(Long parent, OrgUnitType type, DataScope scope) {
        if (parent == null) {
            return Uni.createFrom().item(scope.isAll() || type != OrgUnitType.HEADQUARTERS);
        }
        return reader.visible(parent, scope);
    }

    private static Call.Audit audit(OrgUnitEntity unit) {
        return new Call.Audit(GlobalId.encode(OrgUnit.TYPE, unit.id), unit.id, Snapshots.of(unit));
    }

    private <P> PayloadKind<OrgUnitEntity, P, OrganizationUserError> kind(
            BiFunction<OrgUnit, List<OrganizationUserError>, P> payload, Function<P, List<OrganizationUserError>> errorsOf) {
        return new PayloadKind<>(OrganizationUserError.AREA, (unit, errors) -> payload.apply(null, errors), errorsOf,
                unit -> GlobalId.encode(OrgUnit.TYPE, unit.id),
                resultId -> reader.byIds(List.of(GlobalId.decode(resultId, OrgUnit.TYPE)), DataScope.all())
                        .map(rows -> payload.apply(rows.isEmpty() ? null : new OrgUnit(rows.get(0)), List.of())));
    }

    /** The payload from the entity itself: the transaction has not committed yet, so no reader would see it. */
    private static <P> Uni<P> built(BiFunction<OrgUnit, List<OrganizationUserError>, P> payload, OrgUnitEntity unit) {
        return Uni.createFrom().item(payload.apply(new OrgUnit(OrgUnitRow.from(unit)), List.of()));
    }
}
