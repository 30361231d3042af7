package com.newretail.organization.graphql;

import java.util.List;
import java.util.function.BiFunction;

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
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Mutations of the channel tree. Each is one transaction, audited, may carry an idempotency key,
 * and touches only units inside the caller's data scope (others answer NOT_FOUND).
 */
@GraphQLApi
public class OrgUnitMutations {

    static final String IDEMPOTENCY_KEY_DESCRIPTION =
            "Any unique string (e.g. a UUID). Sending the same key again returns the first result instead of acting twice.";

    private final OrgUnitService service;
    private final OrgUnitReader reader;
    private final OrganizationPayloads payloads;
    private final CallerScope callerScope;

    public OrgUnitMutations(OrgUnitService service, OrgUnitReader reader, OrganizationPayloads payloads,
            CallerScope callerScope) {
        this.service = service;
        this.reader = reader;
        this.payloads = payloads;
        this.callerScope = callerScope;
    }

    @Mutation("orgUnitCreate")
    @RolesAllowed("${newretail.rules.orgUnitCreate}")
    @WithTransaction
    @Description("Creates an org unit under a parent. Headquarters, the root, is created without a parent, once.")
    public Uni<@NonNull OrgUnitCreatePayload> orgUnitCreate(
            @Name("input") @NonNull @Description("The new unit's fields; all are required.") OrgUnitInput input,
            @Name("parentId") @Id @Description("Where in the tree the unit goes. Omit only for headquarters.") String parentId,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        OrganizationPayloads.Kind<OrgUnitCreatePayload> kind = kind(OrgUnitCreatePayload::new);
        Long parent;
        try {
            parent = parentId == null ? null : GlobalId.decode(parentId, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "parentId");
        }
        return callerScope.current().chain(scope -> allowedParent(parent, input.type, scope).chain(allowed -> !allowed
                ? OrganizationPayloads.notFound(kind, "org unit", "parentId")
                : payloads.run("orgUnitCreate", idempotencyKey, List.of(input.toDraft(), String.valueOf(parent)), kind,
                        () -> service.create(input.toDraft(), parent), OrgUnitMutations::audit, unit -> built(OrgUnitCreatePayload::new, unit))));
    }

    @Mutation("orgUnitUpdate")
    @RolesAllowed("${newretail.rules.orgUnitUpdate}")
    @WithTransaction
    @Description("Changes an org unit's code or name. Use `orgUnitMove` to change its place in the tree.")
    public Uni<@NonNull OrgUnitUpdatePayload> orgUnitUpdate(
            @Name("id") @Id @NonNull @Description("The unit to change.") String id,
            @Name("input") @NonNull @Description("The fields to change; omitted fields stay as they are.") OrgUnitInput input,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        OrganizationPayloads.Kind<OrgUnitUpdatePayload> kind = kind(OrgUnitUpdatePayload::new);
        long unitId;
        try {
            unitId = GlobalId.decode(id, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "id");
        }
        return visible(unitId).chain(ok -> !ok
                ? OrganizationPayloads.notFound(kind, "org unit", "id")
                : payloads.run("orgUnitUpdate", idempotencyKey, List.of(unitId, input.toDraft()), kind,
                        () -> service.update(unitId, input.toDraft()), OrgUnitMutations::audit, unit -> built(OrgUnitUpdatePayload::new, unit)));
    }

    @Mutation("orgUnitMove")
    @RolesAllowed("${newretail.rules.orgUnitMove}")
    @WithTransaction
    @Description("Moves an org unit, with everything below it, under another parent.")
    public Uni<@NonNull OrgUnitMovePayload> orgUnitMove(
            @Name("id") @Id @NonNull @Description("The unit to move.") String id,
            @Name("parentId") @Id @NonNull @Description("The new parent.") String parentId,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        OrganizationPayloads.Kind<OrgUnitMovePayload> kind = kind(OrgUnitMovePayload::new);
        long unitId;
        long newParentId;
        try {
            unitId = GlobalId.decode(id, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "id");
        }
        try {
            newParentId = GlobalId.decode(parentId, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "parentId");
        }
        return visible(unitId).chain(unitOk -> !unitOk
                ? OrganizationPayloads.notFound(kind, "org unit", "id")
                : visible(newParentId).chain(parentOk -> !parentOk
                        ? OrganizationPayloads.notFound(kind, "org unit", "parentId")
                        : payloads.run("orgUnitMove", idempotencyKey, List.of(unitId, newParentId), kind,
                                () -> service.move(unitId, newParentId), OrgUnitMutations::audit,
                                unit -> built(OrgUnitMovePayload::new, unit))));
    }

    @Mutation("orgUnitDelete")
    @RolesAllowed("${newretail.rules.orgUnitDelete}")
    @WithTransaction
    @Description("Deletes an org unit that has no units and no staff below it.")
    public Uni<@NonNull OrgUnitDeletePayload> orgUnitDelete(
            @Name("id") @Id @NonNull @Description("The unit to delete.") String id,
            @Name("idempotencyKey") @Description(IDEMPOTENCY_KEY_DESCRIPTION) String idempotencyKey) {
        OrganizationPayloads.Kind<OrgUnitDeletePayload> kind = new OrganizationPayloads.Kind<>(
                errors -> new OrgUnitDeletePayload(null, errors), OrgUnitDeletePayload::succeeded,
                OrgUnitDeletePayload::getDeletedOrgUnitId,
                deletedId -> Uni.createFrom().item(new OrgUnitDeletePayload(deletedId, List.of())));
        long unitId;
        try {
            unitId = GlobalId.decode(id, OrgUnit.TYPE);
        } catch (InvalidGlobalIdException e) {
            return OrganizationPayloads.invalidId(kind, e, "id");
        }
        return visible(unitId).chain(ok -> !ok
                ? OrganizationPayloads.notFound(kind, "org unit", "id")
                : payloads.run("orgUnitDelete", idempotencyKey, List.of(unitId), kind, () -> service.delete(unitId),
                        unit -> new OrganizationPayloads.Audit(GlobalId.encode(OrgUnit.TYPE, unit.id), unit.parentId, java.util.Map.of()),
                        unit -> Uni.createFrom().item(new OrgUnitDeletePayload(GlobalId.encode(OrgUnit.TYPE, unit.id), List.of()))));
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

    private static OrganizationPayloads.Audit audit(OrgUnitEntity unit) {
        return new OrganizationPayloads.Audit(GlobalId.encode(OrgUnit.TYPE, unit.id), unit.id, Snapshots.of(unit));
    }

    private <P extends OrgUnitPayload> OrganizationPayloads.Kind<P> kind(BiFunction<OrgUnit, List<OrganizationUserError>, P> payload) {
        return new OrganizationPayloads.Kind<>(errors -> payload.apply(null, errors), OrgUnitPayload::succeeded,
                p -> p.getOrgUnit().getId(),
                resultId -> reader.byIds(List.of(GlobalId.decode(resultId, OrgUnit.TYPE)), DataScope.all())
                        .map(rows -> payload.apply(rows.isEmpty() ? null : new OrgUnit(rows.get(0)), List.of())));
    }

    /** The payload from the entity itself: the transaction has not committed yet, so no reader would see it. */
    private static <P> Uni<P> built(BiFunction<OrgUnit, List<OrganizationUserError>, P> payload, OrgUnitEntity unit) {
        return Uni.createFrom().item(payload.apply(new OrgUnit(OrgUnitRow.from(unit)), List.of()));
    }
}
